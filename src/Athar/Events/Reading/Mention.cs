using Athar.Attribution;
using Athar.Events.Decisions;
using Athar.Events.Rules;
using Athar.Places;

namespace Athar.Events.Reading;

/// <summary>
/// One clause that reports (part of) an incident, with every decision made on it. A clause naming several
/// sites is read once and then cut into one mention per site (<see cref="AtSite"/>).
/// </summary>
internal sealed record Mention
{
    public required MentionContext Clause { get; init; }

    public required TypeChoice Type { get; init; }

    /// <summary>False for a mention that only adds to an incident reported elsewhere (a weak trigger, «الهجوم» saying nothing new, background).</summary>
    public required Decision<bool> Standalone { get; init; }

    /// <summary>The round-up scope the clause belongs to («وفي محافظة نينوى …», «أما في …» open a new one).</summary>
    public required int Scope { get; init; }

    public required DateChoice Date { get; init; }

    public Decision<PlaceMention>? Site { get; init; }

    /// <summary>How many sites the clause named: counts of a clause with several sites belong to none of them.</summary>
    public int SitesInClause { get; init; } = 1;

    public required ActorChoice Actors { get; init; }

    public required CasualtyChoice Casualties { get; init; }

    public required IReadOnlyList<TextRef> Weapons { get; init; }

    public AttributionMention? Attribution { get; init; }

    public CertaintyCue? Cue { get; init; }

    /// <summary>An undated lead report: the day before publication and that day (what the conventions will give it).</summary>
    public (DateOnly Start, DateOnly End)? LeadWindow { get; init; }

    /// <summary>When it happened as the text says.</summary>
    public (DateOnly Start, DateOnly End)? Interval => Date.Date is { Value.Start: { } s } d ? (s, d.Value.End ?? s) : null;

    /// <summary>When it probably happened when the text does not say: the date of its statement, else the lead window.</summary>
    public (DateOnly Start, DateOnly End)? Guess => Date.Statement is { Start: { } t } st ? (t, st.End ?? t) : LeadWindow;

    public int Sentence => Clause.Sentence;

    public Span Evidence => Clause.SentenceSpan;

    public bool HasSite => Site is not null;

    /// <summary>What the same-incident rules compare of its site.</summary>
    public SameIncident.SiteFacts? SiteFacts => Site is { } s ? SameIncident.SiteFacts.From(s.Value, Clause.View) : null;

    public bool IsBare => Date.Date is null && Site is null && Actors.Agent is null && Actors.Target is null;

    public Mention AtSite(Decision<PlaceMention> site, int sites) => this with { Site = site, SitesInClause = sites };
}
