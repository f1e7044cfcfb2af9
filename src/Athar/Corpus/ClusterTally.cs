using Athar.Attribution;
using Athar.Events;
using Athar.Time;

namespace Athar.Corpus;

/// <summary>
/// A cluster's running tally: what <see cref="ClusterSummary"/> needs to choose a fused event's fields, kept up to
/// date one report at a time. Its size grows with the distinct values the reports give (types, places, actors,
/// certainties), not with the number of reports, so adding the 3,000th report of an incident costs what adding the
/// 3rd does. Stored as JSON beside the event; a report added is never taken back (a rebuild folds them all again).
/// </summary>
public sealed class ClusterTally
{
    /// <summary>Reports per event type (the most common wins; ties to the smallest).</summary>
    public Dictionary<EventType, int> Types { get; init; } = [];

    public Dictionary<Certainty, int> Certainties { get; init; } = [];

    /// <summary>The most exact dates so far (the first of equally exact ones).</summary>
    public EventWhen? When { get; set; }

    /// <summary>Reports naming each place key, and the first place of each key and precision with its report's position.</summary>
    public Dictionary<string, int> PlaceCounts { get; init; } = new(StringComparer.Ordinal);

    public List<PlaceSeen> Places { get; init; } = [];

    public List<ActorSeen> Agents { get; init; } = [];

    public List<ActorSeen> Targets { get; init; } = [];

    public int? FatalitiesMin { get; set; }

    public int? FatalitiesMax { get; set; }

    public int? InjuredMin { get; set; }

    public int Reports { get; set; }

    public int Sources { get; set; }

    public int IndependentSources { get; set; }

    /// <summary>The earliest report (by publication day, then article): its evidence is the event's summary.</summary>
    public DateOnly? FirstPublished { get; set; }

    public long FirstArticle { get; set; }

    public string FirstText { get; set; } = "";

    /// <summary>Distinct fusion signatures kept for matching (see <see cref="FusionSignature"/>).</summary>
    public int Signatures { get; set; }

    /// <summary>
    /// Adds a report. <paramref name="newArticle"/>: its article had no report in the cluster yet;
    /// <paramref name="newWitness"/>: its independence key is new to the cluster.
    /// </summary>
    public void Add(ClusterMember member, bool newArticle, bool newWitness)
    {
        var r = member.Report;
        var position = Reports++;
        Types[r.Type] = Types.GetValueOrDefault(r.Type) + 1;
        Certainties[r.Certainty] = Certainties.GetValueOrDefault(r.Certainty) + 1;
        if (r.When?.Start is not null && (When is null || DateRank(r.When).CompareTo(DateRank(When)) < 0))
            When = r.When;
        if (r.Where is { } where)
        {
            var key = PlaceKey(where);
            PlaceCounts[key] = PlaceCounts.GetValueOrDefault(key) + 1;
            if (!Places.Exists(p => p.Key == key && p.Where.Precision == where.Precision))
                Places.Add(new PlaceSeen(key, where, position));
        }
        Count(Agents, r.Agent, position);
        Count(Targets, r.Target, position);
        if (r.Fatalities is { } f)
        {
            FatalitiesMin = Math.Min(FatalitiesMin ?? int.MaxValue, f.Count);
            FatalitiesMax = Math.Max(FatalitiesMax ?? int.MinValue, f.Count);
        }
        if (r.Injured is { } i)
            InjuredMin = Math.Min(InjuredMin ?? int.MaxValue, i.Count);
        if (newArticle)
            Sources++;
        if (newWitness)
            IndependentSources++;
        var published = member.Published ?? DateOnly.MaxValue;
        if (position == 0 || (published, member.ArticleId).CompareTo((FirstPublished ?? DateOnly.MaxValue, FirstArticle)) < 0)
        {
            FirstPublished = member.Published;
            FirstArticle = member.ArticleId;
            FirstText = r.Evidence.Count > 0 ? r.Evidence[0].Text : r.Trigger.Text;
        }
    }

    /// <summary>The fused event's fields as the tally stands.</summary>
    public EventSummary Summary(long id)
    {
        if (Reports == 0)
            throw new InvalidOperationException("a cluster has at least one report");
        var type = MostCommon(Types);
        var where = Places
            .OrderBy(p => Export.AcledPrecision.Geo(p.Where.Precision))
            .ThenByDescending(p => PlaceCounts[p.Key])
            .ThenBy(p => p.Where.Precision)
            .ThenBy(p => p.Position)
            .Select(p => p.Where).FirstOrDefault();
        return new EventSummary(
            id,
            type,
            EventTypes.ToAcled(type),
            When is null ? null : new EventDates(When.Start!.Value, When.End ?? When.Start.Value, When.Precision),
            where is null ? null : EventPlace.From(where),
            MostNamed(Agents),
            MostNamed(Targets),
            FatalitiesMin,
            FatalitiesMax,
            MostCommon(Certainties),
            Sources,
            IndependentSources,
            ClusterSummary.Shorten(FirstText))
        { Injured = InjuredMin };
    }

    private static (DatePrecision, bool, int) DateRank(EventWhen w) =>
        (w.Precision, w.Basis == ArgumentBasis.Publication, (w.End ?? w.Start!.Value).DayNumber - w.Start!.Value.DayNumber);

    private static string PlaceKey(EventWhere w) => w.GazetteerId ?? CorpusKeys.NameKey(w.NameAr ?? w.Name);

    private static void Count(List<ActorSeen> seen, EventActor? actor, int position)
    {
        if (actor is null)
            return;
        var party = EventParty.From(actor);
        var at = seen.FindIndex(s => s.Party.Key == party.Key);
        if (at < 0)
            seen.Add(new ActorSeen(party, 1, position));
        else
            seen[at] = seen[at] with { Count = seen[at].Count + 1 };
    }

    // The most named key; ties to one whose first naming has a catalogue id, then to the first named.
    private static EventParty? MostNamed(List<ActorSeen> seen) =>
        seen.OrderByDescending(s => s.Count).ThenByDescending(s => s.Party.Id is not null).ThenBy(s => s.Position).Select(s => s.Party).FirstOrDefault();

    // Ties go to the smallest value (enum order puts the usual case first: Reported, Battle).
    private static T MostCommon<T>(Dictionary<T, int> counts) where T : struct, Enum =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
}

/// <summary>The first place of one key and precision in a cluster, and the position of its report.</summary>
public sealed record PlaceSeen(string Key, EventWhere Where, int Position);

/// <summary>An actor key in a cluster: its first naming, how many reports name it, the position of the first.</summary>
public sealed record ActorSeen(EventParty Party, int Count, int Position);
