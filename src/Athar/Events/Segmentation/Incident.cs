using Athar.Events.Reading;
using Athar.Events.Rules;
using Athar.Events.SameIncident;
using Athar.Places;
using Athar.Time;

namespace Athar.Events.Segmentation;

/// <summary>
/// One incident of the article while it is being assembled from its mentions (headline, lead, details): the
/// values chosen so far, where each came from, and the trace of the rules that chose them.
/// </summary>
internal sealed class Incident
{
    public Incident(Mention first)
    {
        Head = first;
        Type = first.Type.Type;
        Generic = first.Type.Generic;
        Date = first.Date.Date;
        Place = first.Site;
        Scope = first.Scope;
        Add(first);
        Trace.Add(new TraceStep("type", EventTypes.Name(Type.Value), Type.Rule, Type.Score));
        if (Date is { } d)
            Trace.Add(new TraceStep("when", d.Value.Text, d.Rule, d.Score));
        if (Place is { } p)
            Trace.Add(new TraceStep("where", p.Value.Text, p.Rule, p.Score));
    }

    public List<Mention> Mentions { get; } = [];

    /// <summary>The mention whose trigger names the incident.</summary>
    public Mention Head { get; private set; }

    public Decision<EventType> Type { get; private set; }

    /// <summary>The type came from a generic word («هجوم», «مقتل»): a more specific report of the incident renames it.</summary>
    public bool Generic { get; private set; }

    public Decision<DateMention>? Date { get; set; }

    public ArgumentBasis DateBasis { get; set; } = ArgumentBasis.Stated;

    /// <summary>Publication-window date used when nothing is stated (set by the conventions).</summary>
    public (DateOnly Start, DateOnly End)? Window { get; set; }

    public Decision<PlaceMention>? Place { get; set; }

    public ArgumentBasis PlaceBasis { get; set; } = ArgumentBasis.Stated;

    public int Scope { get; }

    // The sentences of its mentions, sorted: nearness is a binary search, not a scan (an incident may be told a thousand times).
    private readonly List<int> _sentences = [];

    public IReadOnlyList<int> Sentences => _sentences;

    public bool Has(int sentence) => _sentences.BinarySearch(sentence) >= 0;

    public List<TraceStep> Trace { get; } = [];

    public SiteFacts? Site => Place is { } p ? SiteFacts.From(p.Value, Head.Clause.View) : null;

    // The first interval and guess its mentions give, kept as they come: asked for once per mention of every incident
    private (DateOnly Start, DateOnly End)? _firstInterval, _firstGuess;

    /// <summary>When it happened as the text says: its date, else the first interval a mention states.</summary>
    public (DateOnly Start, DateOnly End)? Interval => Date is { Value.Start: { } s } d ? (s, d.Value.End ?? s) : _firstInterval;

    /// <summary>When it probably happened when no mention says: a statement's date or the lead window.</summary>
    public (DateOnly Start, DateOnly End)? Guess => _firstGuess;

    public int FirstSentence => _sentences[0];

    /// <summary>Sentences between this incident's nearest mention and a sentence (0 when it has one there).</summary>
    public int SentencesFrom(int sentence)
    {
        var i = _sentences.BinarySearch(sentence);
        if (i >= 0)
            return 0;
        i = ~i;
        return Math.Min(i > 0 ? sentence - _sentences[i - 1] : int.MaxValue, i < _sentences.Count ? _sentences[i] - sentence : int.MaxValue);
    }

    /// <summary>Adds another mention of the incident: it may rename a generic type and refines date and place.</summary>
    public void Absorb(Mention m, Decision<bool> why, RuleBook rules)
    {
        Trace.Add(new TraceStep("mention", TextOf(m), why.Rule, why.Score));
        // A generic report («هجوم», «مقتل») takes the type of a mention that says what it was («أطلقوا قذائف هاون»)
        if (Generic && !m.Type.Generic && (m.Standalone.Value || rules.On("same.detail-renames")))
        {
            Head = m;
            Type = m.Type.Type;
            Generic = false;
            Trace.Add(new TraceStep("type", EventTypes.Name(Type.Value), Type.Rule, Type.Score));
        }
        if (m.Date.Date is { Value.Start: not null } date && (Date?.Value.Start is null || date.Value.Precision < Date.Value.Value.Precision))
        {
            Date = date;
            DateBasis = ArgumentBasis.Mention;
            Trace.Add(new TraceStep("when", date.Value.Text, date.Rule, date.Score));
        }
        // the finer place wins; an unknown village inside the place told so far («قرية الحرة» in «ريف حماة») too,
        // though it stands at its unit's point
        if (m.Site is { } site && (Place is null || PlaceRelations.Fineness(m.SiteFacts!) < PlaceRelations.Fineness(Site!)
                || (m.SiteFacts is { NamedByContext: true } named && !Site!.NamedByContext && PlaceRelations.Contains(Site, named, rules))
                || (Site!.Near && !m.SiteFacts!.Near && PlaceRelations.Contains(Site, m.SiteFacts, rules))))
        {
            Place = site;
            PlaceBasis = ArgumentBasis.Mention;
            Trace.Add(new TraceStep("where", site.Value.Text, site.Rule, site.Score));
        }
        Add(m);
    }

    private void Add(Mention m)
    {
        Mentions.Add(m);
        _firstInterval ??= m.Interval;
        _firstGuess ??= m.Guess;
        var i = _sentences.BinarySearch(m.Sentence);
        if (i < 0)
            _sentences.Insert(~i, m.Sentence);
    }

    private static string TextOf(Mention m) => m.Clause.View.Document.Slice(m.Type.Head.Hit.SpanIn(m.Clause.View.Tokens));
}
