using Athar.Corpus;
using Athar.Events;
using Athar.Store;

namespace Athar.Web.Api;

/// <summary>A span of an article that backs one field of an event report: the trigger, the date, the place, an actor, a count…</summary>
public sealed record EvidenceMark(string Role, Span Span);

/// <summary>One source of an event as the event page shows it: the report, its sentences and the marks to highlight in them.</summary>
public sealed record SourceView(ArticleSummary Article, bool Independent, EventRecord Report, IReadOnlyList<TextRef> Sentences, IReadOnlyList<EvidenceMark> Marks);

/// <summary>
/// An event with one page of its sources (/api/events/{id}?sources_offset=&amp;sources_limit=), SourcesTotal in all;
/// the corroboration is Event.IndependentSources.
/// </summary>
public sealed record EventView(EventSummary Event, IReadOnlyList<SourceView> Sources, int SourcesTotal, int SourcesOffset, int SourcesLimit)
{
    public static EventView From(EventDetail detail, int sourcesLimit) => new(
        detail.Event,
        detail.Sources.Select(s => new SourceView(s.Article, s.Independent, s.Report, s.Sentences, EvidenceMarks.Of(s.Report))).ToList(),
        detail.SourcesTotal, detail.SourcesOffset, sourcesLimit);
}

/// <summary>The spans of an event report, each with the field it backs, in text order (article offsets).</summary>
public static class EvidenceMarks
{
    public static IReadOnlyList<EvidenceMark> Of(EventRecord r)
    {
        var marks = new List<EvidenceMark> { new("trigger", r.Trigger.Span) };
        Add(marks, "date", r.When?.Span);
        Add(marks, "place", r.Where?.Span);
        Add(marks, "agent", r.Agent?.Span);
        Add(marks, "target", r.Target?.Span);
        Add(marks, "fatalities", r.Fatalities?.Span);
        Add(marks, "injured", r.Injured?.Span);
        Add(marks, "detained", r.Detained?.Span);
        foreach (var w in r.Weapons)
            Add(marks, "weapon", w.Span);
        Add(marks, "attribution", r.Attribution?.Span);
        Add(marks, "certainty", r.CertaintyCue?.Span);
        return marks.Distinct().OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ToList();
    }

    private static void Add(List<EvidenceMark> marks, string role, Span? span)
    {
        if (span is { } s && s.End > s.Start)
            marks.Add(new EvidenceMark(role, s));
    }
}
