using System.Text.Json;
using Athar.Actors;
using Athar.Attribution;
using Athar.Corpus;
using Athar.Events;
using Athar.Output;
using Athar.Places;
using Athar.Store;
using Athar.Tests.Corpus;
using Athar.Time;
using Microsoft.Data.Sqlite;
using Gazetteer = Athar.Tests.Corpus.Gazetteer;

namespace Athar.Tests.Store;

/// <summary>
/// Fusion keeps each cluster's running tally instead of rereading its reports: the tally, stored as JSON and read
/// back between reports, gives the fields the whole fold gives; the store's events equal those rebuilt from their
/// reports; and the work kept per cluster (tally size, signatures matched) does not grow with the reports.
/// </summary>
public class LinearFusionTests
{
    [Fact]
    public void A_tally_stored_and_read_back_after_every_report_gives_the_fields_of_the_whole_fold()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var members = Enumerable.Range(0, random.Next(1, 40)).Select(i => RandomMember(random, i)).ToList();
            var tally = new ClusterTally();
            var articles = new HashSet<long>();
            var witnesses = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in members)
            {
                tally.Add(m, articles.Add(m.ArticleId), witnesses.Add(m.IndependenceKey));
                tally = JsonSerializer.Deserialize<ClusterTally>(JsonSerializer.Serialize(tally, ResultJson.Compact), ResultJson.Compact)!;
            }
            Assert.Equal(ClusterSummary.Of(3, members), tally.Summary(3));
        }
    }

    [Fact]
    public void Stored_events_equal_the_events_rebuilt_from_their_reports()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        f.Store.Save(Enumerable.Range(0, 30).Select(OneIncident).ToList());
        var before = f.Store.AllEvents(new EventQuery()).ToList();
        Assert.Empty(f.Store.EventsOutOfStep());
        f.Store.RebuildEvents(before.Select(e => e.Id).ToList());
        Assert.Equal(before, f.Store.AllEvents(new EventQuery()).ToList());
    }

    [Fact]
    public void A_store_whose_tallies_were_lost_is_found_out_of_step_and_rebuilt_alike()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var before = f.Store.AllEvents(new EventQuery()).ToList();
        f.Store.Dispose();
        Execute(f.Path, "UPDATE events SET sources = 0; DELETE FROM event_tallies; DELETE FROM event_signatures; DELETE FROM event_witnesses;");
        f.Reopen();
        Assert.Equal(before.Select(e => e.Id).Order(), f.Store.EventsOutOfStep());
        f.Store.RebuildEvents(f.Store.EventsOutOfStep());
        Assert.Empty(f.Store.EventsOutOfStep());
        Assert.Equal(before, f.Store.AllEvents(new EventQuery()).ToList());
    }

    [Fact]
    public void The_work_kept_for_a_cluster_does_not_grow_with_its_reports()
    {
        using var f = new StoreFixture();
        var first = f.Store.Save([OneIncident(0)])[0].EventIds.Single();
        f.Store.Save(Enumerable.Range(1, 99).Select(OneIncident).ToList());
        var (stateAt100, signaturesAt100) = Kept(f.Path, first);
        f.Store.Save(Enumerable.Range(100, 300).Select(OneIncident).ToList());
        var (stateAt400, signaturesAt400) = Kept(f.Path, first);
        var e = f.Store.GetEvent(first)!.Event;
        Assert.Equal(400, e.Sources);
        Assert.Equal(1, e.IndependentSources); // near-copies of the first report: syndication, one witness
        Assert.Equal(1, f.Store.Stats().Events);
        Assert.Equal(stateAt100, stateAt400);
        Assert.Equal(signaturesAt100, signaturesAt400);
        Assert.True(signaturesAt400 <= 3);
    }

    /// <summary>The n-th report of one air strike on Sarmada: each outlet of forty words it alike, with its own count.</summary>
    internal static AnalysedArticle OneIncident(int n)
    {
        var d = HandMade.Article(NewsFixtures.StrikeText + $"\n(تحديث {n})", $"report-{n}", $"https://outlet{n % 40}.example/{n}", NewsFixtures.Day.AddDays(n % 2));
        var sarmada = HandMade.Place(d, "سرمدا", Gazetteer.Sarmada);
        d.SetLayer([sarmada]);
        d.SetLayer([HandMade.Event(d, "e1", EventType.AirStrike, "بغارة", HandMade.When(NewsFixtures.Day), sarmada,
            HandMade.Actor(d, "للتحالف الدولي", "coalition", "International Coalition", ActorKind.StateForce),
            HandMade.Actor(d, "تنظيم داعش", "isis", "Islamic State", ActorKind.ArmedGroup), 2 + (n % 3), "قياديان")]);
        return HandMade.Analysed(d);
    }

    private static (int StateLength, long Signatures) Kept(string db, long eventId)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(state), (SELECT count(*) FROM event_signatures WHERE event_id = $id) FROM event_tallies WHERE event_id = $id";
        command.Parameters.AddWithValue("$id", eventId);
        using var r = command.ExecuteReader();
        r.Read();
        return (r.GetInt32(0), r.GetInt64(1));
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static readonly Gazetteer.Entry[] Places = [Gazetteer.Sarmada, Gazetteer.BabAlHawa, Gazetteer.IdlibProvince, Gazetteer.Barisha];

    private static ClusterMember RandomMember(Random random, int i)
    {
        var d = NewsFixtures.Strike();
        var r = d.Layer<EventRecord>()[0];
        var place = Places[random.Next(Places.Length)];
        var day = NewsFixtures.Day.AddDays(-random.Next(3));
        r = r with
        {
            Type = random.Next(3) == 0 ? EventType.Shelling : EventType.AirStrike,
            When = random.Next(4) == 0 ? null : HandMade.When(day, day.AddDays(random.Next(3)), (DatePrecision)random.Next(3),
                random.Next(2) == 0 ? ArgumentBasis.Stated : ArgumentBasis.Publication),
            Where = random.Next(5) == 0 ? null : new EventWhere(place.Name, place.NameAr, place.Country, place.Admin1, place.Lat, place.Lon,
                (PlacePrecision)random.Next(6), place.Id, place.NameAr, r.Where!.Span, ArgumentBasis.Stated),
            Agent = random.Next(3) == 0 ? null : r.Agent! with { Id = random.Next(2) == 0 ? null : "coalition", Name = random.Next(2) == 0 ? "التحالف" : "International Coalition" },
            Fatalities = random.Next(3) == 0 ? null : r.Fatalities! with { Count = random.Next(10) },
            Injured = random.Next(3) == 0 ? null : r.Fatalities! with { Count = random.Next(10) },
            Certainty = (Certainty)random.Next(3),
        };
        return new ClusterMember(r, random.Next(i + 1), $"outlet{random.Next(5)}", random.Next(4) == 0 ? null : day.AddDays(random.Next(3)));
    }
}
