using Athar.Attribution;
using Athar.Claims;
using Athar.Corpus;
using Athar.Time;
using static Athar.Tests.Corpus.HandMade;

namespace Athar.Tests.Corpus;

public class WhereaboutsTimelineTests
{
    private static StoredClaim Stored(long article, string outlet, WhereaboutsClaim claim) =>
        new(article, $"https://{outlet}/{article}", null, outlet, claim, "…");

    private static WhereaboutsClaim ClaimAbout(Gazetteer.Entry place, Certainty certainty, DateOnly? from = null, DateOnly? to = null)
    {
        var d = Article($"يُعتقد أن قياديين في تنظيم داعش فرّوا إلى {place.NameAr} بعد سقوط الباغوز.", "c", null, new DateOnly(2019, 6, 1));
        var when = from is { } f ? When(f, to ?? f, DatePrecision.Month) : null;
        return Claim(d, "قياديين في تنظيم داعش", "isis", "Islamic State", Movement.Fled, "فرّوا", Place(d, place.NameAr, place), when, certainty);
    }

    [Fact]
    public void Three_outlets_repeating_one_claim_make_one_line_with_their_certainties()
    {
        var march = new DateOnly(2019, 3, 1);
        var entries = WhereaboutsTimeline.Build([],
        [
            Stored(1, "a.example", ClaimAbout(Gazetteer.Barisha, Certainty.Speculative, march, march.AddDays(30))),
            Stored(2, "b.example", ClaimAbout(Gazetteer.Barisha, Certainty.Reported, march, march.AddDays(30))),
            Stored(3, "b.example", ClaimAbout(Gazetteer.Sarmada, Certainty.Speculative, march, march.AddDays(30))), // 5 km from Barisha
            Stored(4, "c.example", ClaimAbout(Gazetteer.Manbij, Certainty.Alleged, march, march.AddDays(30))),
        ]);
        Assert.Equal(2, entries.Count);
        var idlib = entries.Single(e => e.Where!.Name == "Barisha");
        Assert.Equal((3, 2), (idlib.Sources, idlib.IndependentSources));
        Assert.Equal(Certainty.Speculative, idlib.Certainty);
        Assert.Equal(1, idlib.Certainties[Certainty.Reported]);
        Assert.Equal("fled", idlib.What);
        Assert.Equal("subject", idlib.Role);
    }

    [Fact]
    public void Claims_at_different_times_stay_apart_and_undated_ones_come_last()
    {
        var entries = WhereaboutsTimeline.Build([],
        [
            Stored(1, "a.example", ClaimAbout(Gazetteer.Barisha, Certainty.Reported)),
            Stored(2, "a.example", ClaimAbout(Gazetteer.Barisha, Certainty.Reported, new DateOnly(2019, 10, 1), new DateOnly(2019, 10, 31))),
            Stored(3, "b.example", ClaimAbout(Gazetteer.Barisha, Certainty.Reported, new DateOnly(2018, 1, 1), new DateOnly(2018, 1, 31))),
        ]);
        Assert.Equal([new DateOnly(2018, 1, 1), new DateOnly(2019, 10, 1), (DateOnly?)null], entries.Select(e => e.When?.Start));
    }
}
