using Athar.Events.Decisions;
using Athar.Events.Reading;
using Athar.Events.Records;
using Athar.Events.Rules;
using Athar.Events.SameIncident;
using Athar.Events.Segmentation;

namespace Athar.Events;

/// <summary>
/// The events stage: trigger hits → mentions with their decisions (type, date, sites, actors, counts) → incidents
/// (segmentation with the in-article same-incident policy) → news conventions for what is left unstated →
/// event records. Every decision names the rule that made it (<c>analyze --explain</c> shows them); the rules'
/// numbers live in Events/Rules/rules.tsv.
/// </summary>
public sealed class EventStage : IAnnotator
{
    private readonly EventLexicon _lexicon;
    private readonly RuleBook _rules;
    private readonly MentionReader _reader;
    private readonly IncidentSegmenter _segmenter;
    private readonly Conventions _conventions;
    private readonly RecordWriter _writer;

    public EventStage(bool explain = false)
        : this(EventLexicon.Default, RuleBook.Default, explain)
    {
    }

    public EventStage(EventLexicon lexicon, RuleBook rules, bool explain = false, EventDecisions? decisions = null)
    {
        _lexicon = lexicon;
        _rules = rules;
        _reader = new MentionReader(lexicon, rules, decisions ?? EventDecisions.ByRules(lexicon, rules));
        _segmenter = new IncidentSegmenter(new InArticlePolicy(rules), rules);
        _conventions = new Conventions(rules, lexicon);
        _writer = new RecordWriter(rules, explain);
    }

    public string Name => "events";

    public IReadOnlyList<Type> Requires => ArticleView.Reads;

    public IReadOnlyList<Type> Produces => [typeof(EventRecord)];

    public void Annotate(Document document)
    {
        document.RequireAll(Requires); // the view reads an absent layer as empty: fail here rather than find nothing
        var view = ArticleView.Of(document);
        var scopes = new Scopes(view, _lexicon, _rules);
        var incidents = _segmenter.Segment(_reader.Read(view, scopes));
        _conventions.Apply(view, incidents, scopes);
        document.SetLayer(_writer.Write(view, incidents).ToList());
    }
}
