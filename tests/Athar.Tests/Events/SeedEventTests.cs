using Athar.Events;
using Athar.Places;
using static Athar.Tests.Events.EventTestKit;

namespace Athar.Tests.Events;

/// <summary>The founding article: its five incidents, each with every field pointing at its text.</summary>
public class SeedEventTests
{
    private static readonly Document Seed = Analyze(EventTestKit.Seed, "2020-09-20");

    private static IReadOnlyList<EventRecord> Events => Seed.Layer<EventRecord>();

    [Fact]
    public void Finds_the_five_incidents_in_order()
    {
        Assert.Equal(
            [EventType.TerritoryTaken, EventType.Raid, EventType.AirStrike, EventType.Arrest, EventType.Arrest],
            Events.Select(e => e.Type));
    }

    [Theory]
    [InlineData(0, "2019-03-19", "2019-03-19", 34.46, 40.94)]    // Baghouz
    [InlineData(1, "2019-10-21", "2019-10-31", 36.16, 36.64)]    // Barisha, late October
    [InlineData(2, "2019-12-07", "2019-12-07", 36.54, 36.92)]    // Kafr Janna
    [InlineData(3, "2020-09-01", "2020-09-10", 37.0, 35.32)]     // Adana, early September of the publication year
    [InlineData(4, "2020-08-15", "2020-09-10", 41.01, 28.98)]    // Istanbul, «قبل ذلك بأيام»
    public void Each_incident_has_its_date_interval_and_place(int index, string start, string end, double lat, double lon)
    {
        var e = Events[index];
        Assert.True(e.When!.Start >= DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), $"{e.When.Start} before {start}");
        Assert.True(e.When.End <= DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), $"{e.When.End} after {end}");
        Assert.True(Athar.Places.Geo.DistanceKm(lat, lon, e.Where!.Lat, e.Where.Lon) < 25, $"{e.Where.Name} is far from ({lat}, {lon})");
    }

    [Fact]
    public void The_barisha_raid_killed_baghdadi_and_the_strike_three_leaders()
    {
        Assert.Equal("abu_bakr_al_baghdadi", Events[1].Target!.Id);
        Assert.Equal(1, Events[1].Fatalities!.Count);
        Assert.Equal(3, Events[2].Fatalities!.Count);
        Assert.Contains(Events[2].Weapons, w => w.Text == "R9X");
    }

    [Fact]
    public void The_adana_arrest_joins_its_two_mentions_and_keeps_the_village_level_place()
    {
        var adana = Events[3];
        Assert.Equal(2, adana.Evidence.Count);
        Assert.Equal(PlacePrecision.Province, adana.Where!.Precision);
        Assert.Equal("turkey_security_forces", adana.Agent!.Id);
    }

    [Fact]
    public void Every_field_points_at_exactly_its_text()
    {
        var text = Seed.Text;
        foreach (var e in Events)
        {
            Assert.Equal(e.Trigger.Text, text[e.Trigger.Span.Start..e.Trigger.Span.End]);
            if (e.When?.Span is { } ws)
                Assert.Equal(e.When.Text, text[ws.Start..ws.End]);
            Assert.Equal(e.Where!.Text, text[e.Where.Span.Start..e.Where.Span.End]);
            foreach (var ev in e.Evidence)
                Assert.Equal(ev.Text, text[ev.Span.Start..ev.Span.End]);
            foreach (var actor in new[] { e.Agent, e.Target }.OfType<EventActor>())
                Assert.Equal(actor.Text, text[actor.Span.Start..actor.Span.End]);
            if (e.Fatalities is { } f)
                Assert.Equal(f.Text, text[f.Span.Start..f.Span.End]);
            Assert.True(e.Evidence[0].Span.Contains(e.Trigger.Span) || e.Evidence.Any(ev => ev.Span.Contains(e.Trigger.Span)));
        }
    }
}
