using Athar.Attribution;
using Athar.Events.Rules;
using Athar.Events.Segmentation;
using Athar.Places;
using Athar.Time;

namespace Athar.Events.Records;

/// <summary>
/// Writes the incidents an analyst would code as event records: dropped when nothing dates them, or when only a
/// year (or part of one) and at most a country say when and where; every field points at its text, and with
/// <c>explain</c> each record carries the trace of the rules that made it.
/// </summary>
internal sealed class RecordWriter(RuleBook rules, bool explain)
{
    private readonly CountPicker _counts = new(rules);

    /// <summary>Weapons kept per incident: the means named, not every repetition of them (an output bound, not a decision).</summary>
    public const int MaxWeapons = 12;

    public IEnumerable<EventRecord> Write(ArticleView view, IReadOnlyList<Incident> incidents)
    {
        var index = 0;
        var lead = Segmentation.Lead.Length(view, rules);
        var news = rules.On("record.old-body") ? NewsSince(view, incidents, lead) : null;
        foreach (var e in incidents)
        {
            if (rules.On("record.needs-date") && e.Date is null && e.Window is null)
                continue;
            if (rules.On("record.not-vague") && IsVague(e))
                continue;
            if (rules.On("record.old-month") && IsOldMonth(view, e))
                continue;
            // «وشهدت العاصمة في 18 أيار الماضي قصفاً» below today's news: background
            if (news is { } since && e.FirstSentence >= lead && End(e) is { } end && end < since)
                continue;
            yield return Write(view, e, incidents, ++index);
        }
    }

    // «وتعرضت القاعدة في يناير 2020 لهجوم», «الشهر الماضي» in a body sentence: a whole month before this one is background
    private bool IsOldMonth(ArticleView view, Incident e) =>
        e.Date is { Value: { Precision: >= DatePrecision.Month, End: { } end } } && view.Document.Info.Published is { } p
        && end < new DateOnly(p.Year, p.Month, 1) && e.FirstSentence >= Segmentation.Lead.Length(view, rules);

    // When the lead reports what happened in the last days, the body's incidents from weeks before are background;
    // a retrospective article (its lead tells an old incident) keeps them all.
    private DateOnly? NewsSince(ArticleView view, IReadOnlyList<Incident> incidents, int lead)
    {
        if (view.Document.Info.Published is not { } p)
            return null;
        var recent = p.AddDays(-(int)rules.Value("record.old-body"));
        return incidents.Any(e => e.FirstSentence < lead && End(e) >= p.AddDays(-3)) ? recent : null;
    }

    private static DateOnly? End(Incident e) => e.Date?.Value is { } d ? d.End ?? d.Start : e.Window?.End;

    private static bool IsVague(Incident e) =>
        e.Date is { Value.Precision: >= DatePrecision.YearPart } && (e.Place is null || e.Place.Value.Value.Precision == PlacePrecision.Country);

    private EventRecord Write(ArticleView view, Incident e, IReadOnlyList<Incident> all, int index)
    {
        var doc = view.Document;
        var when = e.Date is { Value: var d }
            ? new EventWhen(d.Start, d.End, d.Precision, d.Text, d.Span, e.DateBasis)
            : e.Window is { } w ? new EventWhen(w.Start, w.End, DatePrecision.Days, null, null, ArgumentBasis.Publication) : null;
        var counts = _counts.Pick(e, all);
        var mentions = e.Mentions;
        var agent = mentions.Select(m => m.Actors.Agent).FirstOrDefault(a => a is not null);
        var target = mentions.Select(m => m.Actors.Target).FirstOrDefault(a => a is not null);
        var cue = mentions.Select(m => m.Cue).FirstOrDefault(c => c is not null);
        var attribution = mentions.Select(m => m.Attribution).FirstOrDefault(a => a is not null);
        var evidence = mentions.Select(m => m.Evidence).Distinct().OrderBy(s => s.Start).ToList();
        var trace = explain ? Trace(e, agent, target, counts) : null;
        return new EventRecord(
            evidence[0],
            $"{doc.Info.Id ?? "doc"}-e{index}",
            e.Type.Value,
            EventTypes.ToAcled(e.Type.Value),
            TextRef.Of(doc, e.Head.Type.Head.Hit.SpanIn(view.Tokens)),
            when,
            e.Place is { } p ? EventWhere.From(p.Value, e.PlaceBasis) : null,
            agent is { } a ? EventActor.From(a.Value) : null,
            target is { } t ? EventActor.From(t.Value) : null,
            counts.Killed?.Value,
            counts.Injured?.Value,
            counts.Detained?.Value,
            mentions.SelectMany(m => m.Weapons).Distinct().Take(MaxWeapons).ToList(),
            attribution is { } at ? new TextRef(at.Text, at.Span) : null,
            cue?.Certainty ?? Certainty.Reported,
            cue is { } q ? new TextRef(q.Text, q.Span) : null,
            evidence.Select(s => TextRef.Of(doc, s)).ToList())
        { Trace = trace, Persons = Persons(view, mentions) };
    }

    // Persons named in the incident's clauses, outside the sources that report it
    private static List<EventActor> Persons(ArticleView view, IReadOnlyList<Reading.Mention> mentions)
    {
        var persons = new List<EventActor>();
        foreach (var m in mentions)
        {
            var attributions = view.Attributions[m.Sentence];
            foreach (var e in view.Actors[m.Sentence])
            {
                if (e.Kind == Actors.ActorKind.Person && m.Clause.ClauseSpan.Contains(e.Span) && !attributions.Any(a => a.Span.Contains(e.Span))
                    && !persons.Any(p => p.Id is not null ? p.Id == e.Id : p.Text == e.Text))
                    persons.Add(EventActor.From(e));
            }
        }
        return persons;
    }

    private static List<TraceStep> Trace(Incident e, Decision<Actors.ActorMention>? agent, Decision<Actors.ActorMention>? target, Decisions.CasualtyChoice counts)
    {
        var trace = new List<TraceStep>(e.Trace);
        foreach (var (field, d) in new[] { ("agent", agent), ("target", target) })
        {
            if (d is { } x)
                trace.Add(new TraceStep(field, x.Value.Text, x.Rule, x.Score));
        }
        foreach (var (field, d) in new[] { ("fatalities", counts.Killed), ("injured", counts.Injured), ("detained", counts.Detained) })
        {
            if (d is { } x)
                trace.Add(new TraceStep(field, x.Value.Text, x.Rule, x.Score));
        }
        return trace;
    }
}
