using Athar.Actors;
using Athar.Corpus;
using Athar.Events;
using Athar.Events.SameIncident;
using Athar.Tests.Corpus;
using Athar.Time;
using static Athar.Tests.Corpus.HandMade;

namespace Athar.Tests.Events.SameIncident;

public class AcrossArticlesPolicyTests
{
    private static EventRecord StrikeReport() => NewsFixtures.Strike().Layer<EventRecord>()[0];

    private static EventRecord SecondReport() => NewsFixtures.SecondOutlet().Layer<EventRecord>()[0];

    [Fact]
    public void Two_outlets_reporting_a_strike_6_km_apart_on_the_same_day_fuse()
    {
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), SecondReport()));
    }

    [Fact]
    public void The_same_place_scores_higher_than_a_place_6_km_away()
    {
        var same = AcrossArticlesPolicy.Default.Score(StrikeReport(), NewsFixtures.Syndicated().Layer<EventRecord>()[0]);
        var near = AcrossArticlesPolicy.Default.Score(StrikeReport(), SecondReport());
        Assert.True(same > near);
    }

    [Fact]
    public void A_shelling_of_Manbij_the_same_day_does_not_fuse_with_a_strike_near_Sarmada()
    {
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), NewsFixtures.Shelling().Layer<EventRecord>()[0]));
    }

    [Fact]
    public void The_same_type_in_a_town_130_km_away_does_not_fuse()
    {
        var far = StrikeReport() with { Where = EventWhere.From(Place(NewsFixtures.Strike(), "سرمدا", Gazetteer.Manbij), ArgumentBasis.Stated) };
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), far));
    }

    [Fact]
    public void Battle_and_raid_are_one_kind_of_incident()
    {
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport() with { Type = EventType.Battle }, SecondReport() with { Type = EventType.Raid }));
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport() with { Type = EventType.Bombing }, SecondReport()));
    }

    [Fact]
    public void Dates_a_week_apart_do_not_fuse_but_a_day_apart_do()
    {
        var report = SecondReport();
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), report with { When = When(NewsFixtures.Day.AddDays(1)) }));
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), report with { When = When(NewsFixtures.Day.AddDays(7)) }));
    }

    [Fact]
    public void A_report_dated_only_to_the_year_is_not_fused()
    {
        var vague = SecondReport() with { When = When(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), DatePrecision.Year) };
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), vague));
    }

    [Fact]
    public void A_province_level_report_fuses_with_a_town_in_that_province()
    {
        var d = NewsFixtures.Strike();
        var province = SecondReport() with { Where = EventWhere.From(Place(d, "إدلب", Gazetteer.IdlibProvince), ArgumentBasis.Stated) };
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), province));
    }

    [Fact]
    public void A_report_without_a_place_fuses_only_when_it_names_a_shared_actor()
    {
        var placeless = SecondReport() with { Where = null };
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), placeless));
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), placeless with { Agent = null, Target = null }));
    }

    [Fact]
    public void Reports_naming_entirely_different_sides_stay_apart()
    {
        var d = NewsFixtures.Shelling();
        var other = SecondReport() with
        {
            Agent = Actor(d, "القوات التركية", "tsk", "Turkish Armed Forces", ActorKind.StateForce),
            Target = Actor(d, "قوات سوريا الديمقراطية", "sdf", "Syrian Democratic Forces", ActorKind.ArmedGroup),
        };
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), other));
    }

    [Fact]
    public void A_country_level_place_counts_as_no_place_and_needs_a_shared_actor()
    {
        var d = NewsFixtures.Strike();
        var syria = new Gazetteer.Entry("gaz:sy", "Syria", "سوريا", "SY", null, 35.0, 38.5, Athar.Places.PlacePrecision.Country);
        var countryOnly = SecondReport() with { Where = EventWhere.From(Place(d, "سرمدا", syria), ArgumentBasis.Stated) };
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), countryOnly));
        Assert.Null(AcrossArticlesPolicy.Default.Score(StrikeReport(), countryOnly with { Agent = null, Target = null }));
    }

    [Fact]
    public void A_report_whose_agent_and_target_are_the_same_group_does_not_block_fusion()
    {
        var d = NewsFixtures.Shelling();
        var muddled = SecondReport() with
        {
            Agent = Actor(d, "القوات التركية", "tsk", "Turkish Armed Forces", ActorKind.StateForce),
            Target = Actor(d, "القوات التركية", "tsk", "Turkish Armed Forces", ActorKind.StateForce),
        };
        Assert.NotNull(AcrossArticlesPolicy.Default.Score(StrikeReport(), muddled));
    }
}
