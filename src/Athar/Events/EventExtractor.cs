using Athar.Attribution;
using Athar.Places;
using Athar.Time;

namespace Athar.Events;

/// <summary>
/// The Events stage: reads each clause's triggers, fills the incident's arguments from its clause and
/// sentence, merges the mentions of one incident, applies the news conventions for what is left unstated
/// (the lead's place, the publication window), and writes the "events" layer.
/// </summary>
public sealed class EventExtractor : IAnnotator
{
    public const int BodySentenceWords = 10;

    // ATHAR_DEBUG_EVENTS=1 prints every candidate and merged event on stderr (read once: it is not free per document).
    private static readonly bool DebugEvents = Environment.GetEnvironmentVariable("ATHAR_DEBUG_EVENTS") == "1";

    /// <summary>How far back (in sentences) an undated report may take the date of the incident before it.</summary>
    public const int ContextSentences = 3;

    private readonly TriggerReader _triggers;
    private readonly CasualtyReader _casualties;
    private readonly EventLexicon _lexicon;

    public EventExtractor()
        : this(EventLexicon.Default)
    {
    }

    public EventExtractor(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _triggers = new TriggerReader(lexicon);
        _casualties = new CasualtyReader(lexicon);
    }

    public string Name => "events";

    public void Annotate(Document document)
    {
        var view = ArticleView.Of(document);
        var candidates = new List<EventCandidate>();
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            if (view.IsQuestion(s))
                continue;
            var background = _lexicon.BackgroundOpeners.LongestAt(view.Tokens, view.Ranges[s].First, view.Ranges[s].End) is not null;
            foreach (var clause in view.Clauses[s])
            {
                if (_triggers.Read(view, s, clause) is not { } c)
                    continue;
                ArgumentPicker.Fill(view, c, _lexicon);
                // Outside the headline, a report that neither dates nor places itself only adds to another mention;
                // so does «الهجوم» (the attack already told) when its clause says nothing new of when or where
                if ((c.Date is null && c.Place is null && s > 0) || (c.Definite && !OwnsDateOrPlace(view, c)) || (background && !HasFullDate(c)))
                    c.MentionOnly = true;
                _casualties.Fill(view, c);
                AddWeapons(view, c);
                candidates.Add(c);
            }
        }
        if (DebugEvents)
            DebugCandidates(view, candidates);
        var events = EventMerger.Merge(candidates);
        ApplyConventions(view, events);
        if (DebugEvents)
            DebugCandidates(view, events);
        // An incident without any date, or only a year in a whole country, is background, not a record an analyst can code
        document.SetLayer(events.Where(e => (e.Date is not null || e.PublicationWindow is not null) && !IsVague(e))
            .Select((e, i) => ToRecord(view, e, i)));
    }

    private static bool OwnsDateOrPlace(ArticleView view, EventCandidate c)
    {
        var clause = view.SpanOf(c.Clause.First, c.Clause.End - 1);
        // a country says nothing new («فصائل مدعومة من إيران» is not where «الهجوم» happened)
        return view.Dates[c.Sentence].Any(d => clause.Contains(d.Span))
            || view.Places[c.Sentence].Any(p => clause.Contains(p.Span) && p.Precision != PlacePrecision.Country);
    }

    private static bool HasFullDate(EventCandidate c) => c.Date is { Kind: DateKind.Absolute, Precision: <= DatePrecision.Month };

    private static bool IsVague(EventCandidate e) =>
        e.Date is { Precision: >= DatePrecision.YearPart } && (e.Place is null || e.Place.Precision == PlacePrecision.Country);

    private static void DebugCandidates(ArticleView view, List<EventCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            Console.Error.WriteLine($"candidate s{c.Sentence} {c.Type}{(c.MentionOnly ? " (mention)" : "")}{(c.GenericType ? " (generic)" : "")} «{view.Document.Slice(c.Trigger.SpanIn(view.Tokens))}» date={c.Date?.Text} place={c.Place?.Text}/{c.Place?.Name} killed={c.Killed?.Count}");
        }
    }

    private void AddWeapons(ArticleView view, EventCandidate c)
    {
        var (first, end) = view.Ranges[c.Sentence];
        foreach (var w in _lexicon.Weapons.FindAll(view.Tokens, first, end).Take(EventMerger.MaxWeapons))
            c.Weapons.Add(TextRef.Of(view.Document, w.SpanIn(view.Tokens)));
    }

    // What news convention supplies when a report leaves it out: the lead's place for lead events; for an
    // undated lead report "the day before publication or that day"; for an undated report later in the
    // article, the date of the incident reported just before it. Every such value is marked with its basis.
    private static void ApplyConventions(ArticleView view, List<EventCandidate> events)
    {
        var lead = LeadLength(view);
        var leadPlace = Enumerable.Range(0, lead).SelectMany(s => view.Places[s]).FirstOrDefault(p => p.Precision != PlacePrecision.Country);
        var published = view.Document.Info.Published;
        var dated = events.Where(e => e.Date?.Start is not null).ToList();
        foreach (var e in events.OrderBy(e => e.Sentence))
        {
            if (e.Place is null && leadPlace is not null && e.Sentence < lead)
            {
                e.Place = leadPlace;
                e.PlaceBasis = ArgumentBasis.Lead;
            }
            if (e.Date is not null)
                continue;
            if (e.StatementDate is { } said)
            {
                // «أعلنت قسد، مساء الخميس، سيطرتها على البلدة»: done by the time it was announced
                e.Date = said;
                e.DateBasis = ArgumentBasis.Statement;
            }
            else if (e.Sentence < lead && published is { } p && p > DateOnly.MinValue)
            {
                e.PublicationWindow = (p.AddDays(-1), p);
            }
            else if (e.Place is { Precision: not PlacePrecision.Country } && NearestDated(dated, e) is { } near)
            {
                e.Date = near.Date;
                e.DateBasis = ArgumentBasis.Context;
                dated.Add(e);
            }
        }
    }

    // The incident told nearest before (or, failing that, after) within a few sentences.
    private static EventCandidate? NearestDated(List<EventCandidate> dated, EventCandidate e) =>
        dated.Where(d => Math.Abs(d.Sentence - e.Sentence) <= ContextSentences)
            .OrderBy(d => d.Sentence < e.Sentence ? 0 : 1).ThenBy(d => Math.Abs(d.Sentence - e.Sentence)).FirstOrDefault();

    /// <summary>Headline and dateline lines up to the first body sentence, and the sentence after it.</summary>
    private static int LeadLength(ArticleView view)
    {
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            var (first, end) = view.Ranges[s];
            var words = 0;
            for (var i = first; i < end; i++)
                words += view.Tokens[i].IsWord ? 1 : 0;
            if (words >= BodySentenceWords)
                return Math.Min(view.Sentences.Count, s + 2);
        }
        return view.Sentences.Count;
    }

    private static EventRecord ToRecord(ArticleView view, EventCandidate e, int index)
    {
        var doc = view.Document;
        var when = e.Date is { } d
            ? new EventWhen(d.Start, d.End, d.Precision, d.Text, d.Span, e.DateBasis)
            : e.PublicationWindow is { } w ? new EventWhen(w.Start, w.End, DatePrecision.Days, null, null, ArgumentBasis.Publication) : null;
        var certainty = e.Cue?.Certainty ?? Certainty.Reported;
        var id = $"{doc.Info.Id ?? "doc"}-e{index + 1}";
        return new EventRecord(
            e.Evidence.Min(s => s.Start) is var start ? new Span(start, e.Evidence.First(s => s.Start == start).End) : default,
            id,
            e.Type,
            EventTypes.ToAcled(e.Type),
            TextRef.Of(doc, e.Trigger.SpanIn(view.Tokens)),
            when,
            e.Place is { } p ? EventWhere.From(p, e.PlaceBasis) : null,
            e.Agent is { } a ? EventActor.From(a) : null,
            e.Target is { } t ? EventActor.From(t) : null,
            e.Killed,
            e.Injured,
            e.Detained,
            e.Weapons.Distinct().ToList(),
            e.Attribution is { } at ? new TextRef(at.Text, at.Span) : null,
            certainty,
            e.Cue is { } q ? new TextRef(q.Text, q.Span) : null,
            e.Evidence.OrderBy(s => s.Start).Select(s => TextRef.Of(doc, s)).ToList());
    }
}
