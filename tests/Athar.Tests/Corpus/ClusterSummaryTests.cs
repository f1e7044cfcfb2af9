using Athar.Attribution;
using Athar.Corpus;
using Athar.Events;
using Athar.Places;
using Athar.Time;
using static Athar.Tests.Corpus.HandMade;

namespace Athar.Tests.Corpus;

public class ClusterSummaryTests
{
    private static ClusterMember Member(EventRecord r, long article, string key) => new(r, article, key, NewsFixtures.Day);

    [Fact]
    public void Fatalities_take_the_lowest_stated_count_as_ACLED_does_and_keep_the_highest()
    {
        var a = NewsFixtures.Strike().Layer<EventRecord>()[0];
        var b = NewsFixtures.SecondOutlet().Layer<EventRecord>()[0];
        var summary = ClusterSummary.Of(7, [Member(a, 1, "alpha"), Member(b with { Fatalities = b.Fatalities! with { Count = 5 } }, 2, "beta")]);
        Assert.Equal(2, summary.Fatalities);
        Assert.Equal(5, summary.FatalitiesMax);
        Assert.Equal(7, summary.Id);
    }

    [Fact]
    public void The_most_precise_place_and_a_stated_date_win()
    {
        var a = NewsFixtures.Strike().Layer<EventRecord>()[0];
        var d = NewsFixtures.SecondOutlet();
        var vague = d.Layer<EventRecord>()[0] with
        {
            Where = EventWhere.From(Place(d, "سرمدا", Gazetteer.IdlibProvince), ArgumentBasis.Stated),
            When = When(NewsFixtures.Day.AddDays(-1), NewsFixtures.Day, DatePrecision.Days, ArgumentBasis.Publication),
        };
        var summary = ClusterSummary.Of(1, [Member(vague, 2, "beta"), Member(a, 1, "alpha")]);
        Assert.Equal(PlacePrecision.Town, summary.Where!.Precision);
        Assert.Equal(new EventDates(NewsFixtures.Day, NewsFixtures.Day, DatePrecision.Day), summary.When);
    }

    [Fact]
    public void Sources_count_articles_and_independent_sources_count_distinct_keys()
    {
        var a = NewsFixtures.Strike().Layer<EventRecord>()[0];
        var summary = ClusterSummary.Of(1, [Member(a, 1, "alpha"), Member(a, 2, "alpha"), Member(a, 3, "beta")]);
        Assert.Equal(3, summary.Sources);
        Assert.Equal(2, summary.IndependentSources);
    }

    [Fact]
    public void The_summary_is_the_earliest_reports_evidence_and_the_certainty_the_most_common()
    {
        var a = NewsFixtures.Strike().Layer<EventRecord>()[0];
        var b = NewsFixtures.SecondOutlet().Layer<EventRecord>()[0];
        var summary = ClusterSummary.Of(1, [Member(b, 2, "beta") with { Published = NewsFixtures.Day.AddDays(1) }, Member(a, 1, "alpha"), Member(a, 3, "gamma")]);
        Assert.StartsWith("قُتل قياديان", summary.Summary, StringComparison.Ordinal);
        Assert.Equal(Certainty.Reported, summary.Certainty);
        Assert.Equal("isis", summary.Target!.Key);
    }

    [Fact]
    public void Independence_folds_copies_into_their_original_and_articles_into_their_outlet()
    {
        Assert.Equal(Independence.Key(5, 2, "alpha.example"), Independence.Key(2, null, "alpha.example"));
        Assert.Equal("article:2", Independence.Key(5, 2, null));
        Assert.NotEqual(Independence.Key(5, null, null), Independence.Key(6, null, null));
    }
}
