using Athar.Attribution;
using Athar.Claims;
using static Athar.Tests.Events.EventTestKit;

namespace Athar.Tests.Claims;

public class ClaimFinderTests
{
    private static IReadOnlyList<WhereaboutsClaim> Claims(string text, string published = "2020-09-20") =>
        Analyze(text, published).Layer<WhereaboutsClaim>();

    [Fact]
    public void A_reported_flight_names_the_group_the_destination_and_the_source()
    {
        var c = Assert.Single(Claims("وقال مصدر أمني إن قياديين في تنظيم داعش فرّوا إلى محافظة إدلب بعد سقوط الباغوز."));
        Assert.Equal("isis", c.Actor.Id);
        Assert.Equal(Movement.Fled, c.Movement);
        Assert.Equal("Idlib", c.Place.Name);
        Assert.Equal(Certainty.Reported, c.Certainty);
        Assert.Contains("مصدر أمني", c.Attribution!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hedged_claim_keeps_its_hedge()
    {
        var c = Assert.Single(Claims("ويُرجّح أن عدداً من قادة تنظيم داعش لجأوا إلى الأراضي التركية."));
        Assert.Equal(Certainty.Speculative, c.Certainty);
        Assert.Equal("TR", c.Place.Country);
        Assert.Equal(Movement.Sheltered, c.Movement);
    }

    [Fact]
    public void The_destination_is_not_the_origin()
    {
        var c = Assert.Single(Claims("وبدأ خروج قياديي تنظيم داعش من سوريا إلى العراق بعد معركة الرقة."));
        Assert.Equal("IQ", c.Place.Country);
        Assert.Equal(Movement.Moved, c.Movement);
    }

    [Fact]
    public void There_points_back_to_the_last_place_named()
    {
        var claims = Claims("تشهد مناطق الشمال السوري فوضى أمنية كبيرة. ويتعزز احتمال وجود عدد من قيادات تنظيم داعش هناك.");
        var c = Assert.Single(claims);
        Assert.Equal("هناك", c.PlaceText.Text);
        Assert.Equal("SY", c.Place.Country);
        Assert.Equal(Certainty.Speculative, c.Certainty);
    }

    [Fact]
    public void No_evidence_of_presence_is_a_denied_claim()
    {
        var c = Assert.Single(Claims("وقال ناشط إنه لا توجد أدلة على وجود قياديين من تنظيم داعش في ريف حلب الشمالي."));
        Assert.Equal(Certainty.Denied, c.Certainty);
    }

    [Fact]
    public void The_seed_answers_north_west_syria_iraq_and_turkey_with_their_hedging()
    {
        var claims = Analyze(Seed, "2020-09-20").Layer<WhereaboutsClaim>().Where(c => c.Actor.Id == "isis").ToList();
        Assert.Contains(claims, c => c.Place.Name == "North Syria" && c.Certainty == Certainty.Reported && c.Movement == Movement.Infiltrated);
        Assert.Contains(claims, c => c.Place.Name == "North Syria" && c.Certainty == Certainty.Speculative);
        Assert.Contains(claims, c => c.Place.Name == "North Syria" && c.Certainty == Certainty.Denied);
        Assert.Contains(claims, c => c.Place.Country == "IQ" && c.Movement == Movement.Moved && c.Attribution is not null);
        Assert.Contains(claims, c => c.Place.Country == "TR" && c.When is not null);
        Assert.DoesNotContain(claims, c => c.Place.Country == "SY" && c.Movement == Movement.Moved && c.Place.Precision == Athar.Places.PlacePrecision.Country);
    }
}
