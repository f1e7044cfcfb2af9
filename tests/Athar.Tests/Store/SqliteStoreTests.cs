using Athar.Corpus;
using Athar.Events;
using Athar.Input;
using Athar.Places;
using Athar.Store;
using Athar.Tests.Corpus;
using Athar.Text;
using Microsoft.Data.Sqlite;

namespace Athar.Tests.Store;

public class SqliteStoreTests
{
    [Fact]
    public void A_new_store_records_its_schema_version_and_runs_in_WAL_mode()
    {
        using var f = new StoreFixture();
        Assert.Equal(Migrations.Latest, f.Store.Stats().SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={f.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM schema_version";
        Assert.Equal((long)Migrations.All.Count, command.ExecuteScalar());
    }

    [Fact]
    public void Reopening_a_store_applies_no_migration_twice_and_keeps_its_articles()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        f.Reopen();
        var stats = f.Store.Stats();
        Assert.Equal(5, stats.Articles);
        Assert.Equal(Migrations.Latest, stats.SchemaVersion);
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused_with_a_clear_message()
    {
        using var f = new StoreFixture();
        f.Store.Dispose();
        using (var connection = new SqliteConnection($"Data Source={f.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (99, 'future', '2030-01-01')";
            command.ExecuteNonQuery();
        }
        var e = Assert.Throws<UserInputException>(() => SqliteStore.Open(f.Path));
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_content_is_stored_once()
    {
        using var f = new StoreFixture();
        var first = f.Store.Save([HandMade.Analysed(NewsFixtures.Strike())])[0];
        var again = f.Store.Save([HandMade.Analysed(NewsFixtures.Strike())])[0];
        Assert.True(first.Added);
        Assert.False(again.Added);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal(1, f.Store.Stats().Articles);
        Assert.Contains(ContentHash.Of(NewsFixtures.StrikeText), f.Store.ContentHashes());
    }

    [Fact]
    public void An_article_comes_back_with_its_text_metadata_and_every_layer()
    {
        using var f = new StoreFixture();
        var id = f.Store.Save([HandMade.Analysed(NewsFixtures.Strike())])[0].ArticleId;
        var stored = f.Store.GetArticle(id)!;
        var original = NewsFixtures.Strike();
        Assert.Equal(original.Text, stored.Document.Text);
        Assert.Equal("alpha-101", stored.Summary.ExternalId);
        Assert.Equal("alpha-news.example", stored.Summary.Outlet);
        Assert.Equal(NewsFixtures.Day, stored.Document.Info.Published);
        Assert.Equal("ar", stored.Document.Info.Language);
        Assert.Equal(original.Layer<Sentence>(), stored.Document.Layer<Sentence>());
        Assert.Equal(original.Layer<Hashtag>(), stored.Document.Layer<Hashtag>());
        Assert.Equal(original.Layer<PlaceMention>(), stored.Document.Layer<PlaceMention>());
        var e = stored.Document.Layer<EventRecord>().Single();
        Assert.Equal(original.Layer<EventRecord>()[0].Evidence, e.Evidence);
        Assert.Equal("بغارة", e.Trigger.Text);
        Assert.Equal(2, e.Fatalities!.Count);
        Assert.Null(f.Store.GetArticle(id + 100));
    }

    [Fact]
    public void A_syndicated_copy_is_flagged_as_a_near_duplicate_of_the_original()
    {
        using var f = new StoreFixture();
        var results = f.SaveNews();
        Assert.Null(results[0].DuplicateOf);
        Assert.Null(results[1].DuplicateOf);
        Assert.Equal(results[0].ArticleId, results[2].DuplicateOf);
        Assert.True(results[2].Similarity >= NearDuplicates.Threshold);
        Assert.Equal(1, f.Store.Stats().NearDuplicates);
    }

    [Fact]
    public void Three_reports_of_one_strike_fuse_into_one_event_with_two_independent_sources()
    {
        using var f = new StoreFixture();
        var results = f.SaveNews();
        Assert.Equal(results[0].EventIds, results[1].EventIds);
        Assert.Equal(results[0].EventIds, results[2].EventIds);
        Assert.NotEqual(results[0].EventIds, results[3].EventIds);
        var strike = f.Store.GetEvent(results[0].EventIds[0])!;
        Assert.Equal(3, strike.Event.Sources);
        Assert.Equal(2, strike.Event.IndependentSources); // the syndicated copy does not corroborate
        Assert.Equal([true, true, false], strike.Sources.Select(s => s.Independent));
        Assert.Equal(EventType.AirStrike, strike.Event.Type);
        Assert.Equal("Sarmada", strike.Event.Where!.Name);
        Assert.Equal(2, strike.Event.Fatalities);
        Assert.Equal(2, f.Store.Stats().Events);
    }

    [Fact]
    public void An_events_sources_carry_the_sentences_with_their_evidence()
    {
        using var f = new StoreFixture();
        var results = f.SaveNews();
        var source = f.Store.GetEvent(results[1].EventIds[0])!.Sources.Single(s => s.Article.Id == results[1].ArticleId);
        var sentence = Assert.Single(source.Sentences);
        Assert.StartsWith("استهدفت طائرة مسيّرة", sentence.Text, StringComparison.Ordinal);
        Assert.Equal(NewsFixtures.SecondOutletText.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Text);
        Assert.Equal("https://beta.example/news/7", source.Article.Url);
    }

    [Fact]
    public void Events_filter_by_date_country_type_actor_place_and_box()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        int Count(EventQuery q) => f.Store.QueryEvents(q).Total;
        Assert.Equal(2, Count(new EventQuery()));
        Assert.Equal(2, Count(new EventQuery { From = NewsFixtures.Day, To = NewsFixtures.Day }));
        Assert.Equal(0, Count(new EventQuery { From = NewsFixtures.Day.AddDays(1) }));
        Assert.Equal(2, Count(new EventQuery { Country = "sy" }));
        Assert.Equal(0, Count(new EventQuery { Country = "IQ" }));
        Assert.Equal(1, Count(new EventQuery { Types = [EventType.Shelling] }));
        Assert.Equal(1, Count(new EventQuery { Actor = "isis" }));
        Assert.Equal(1, Count(new EventQuery { Actor = "داعش" }));
        Assert.Equal(1, Count(new EventQuery { Actor = "tsk" }));
        Assert.Equal(1, Count(new EventQuery { Place = "منبج" }));
        Assert.Equal(1, Count(new EventQuery { Place = "Sarmada" }));
        Assert.Equal(1, Count(new EventQuery { Bbox = BoundingBox.Parse("36.5,36,37,36.5") }));
        Assert.Equal(1, Count(new EventQuery { MinIndependentSources = 2 }));
    }

    [Theory]
    [InlineData("Sarmada")]
    [InlineData("سرمدا")]
    [InlineData("إدلب")]
    [InlineData("Idlib")]
    [InlineData("Idleb")]
    [InlineData("ادلب")]
    [InlineData("SY07")]
    [InlineData("sy07")]
    [InlineData("محافظة إدلب")]
    [InlineData("#إدلب")]
    public void A_place_filter_takes_any_name_spelling_or_id_and_a_province_holds_its_places(string place)
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var page = f.Store.QueryEvents(new EventQuery { Place = place });
        var only = Assert.Single(page.Items);
        Assert.Equal("Sarmada", only.Where!.Name);
    }

    [Fact]
    public void Place_filters_are_read_with_the_gazetteer_the_store_was_opened_with()
    {
        using var dir = new Athar.Tests.Cli.TempDir();
        var testville = new GazetteerEntry("local-1", PlacePrecision.Village, "SY", "Idlib", 36.0, 36.5, 0, 100, "PPL", "Testville", "تستفيل", "local");
        var mine = new GazetteerBuilder().AddRows([new GazetteerRow(testville, [])]).Build();
        using (var store = SqliteStore.Open(System.IO.Path.Combine(dir.Path, "mine.db"), places: () => mine))
            Assert.Equal(["local-1"], store.ResolvePlace("تستفيل").GazetteerIds);
        using var builtIn = SqliteStore.Open(System.IO.Path.Combine(dir.Path, "built-in.db"));
        Assert.Empty(builtIn.ResolvePlace("تستفيل").GazetteerIds);
    }

    [Fact]
    public void A_province_named_in_arabic_selects_the_events_of_its_places()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        Assert.Equal("Manbij", Assert.Single(f.Store.QueryEvents(new EventQuery { Place = "حلب" }).Items).Where!.Name);
        Assert.Equal(0, f.Store.QueryEvents(new EventQuery { Place = "الأنبار" }).Total);
    }

    [Fact]
    public void Pages_of_events_come_newest_first_and_count_the_total()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var first = f.Store.QueryEvents(new EventQuery { Limit = 1 });
        var second = f.Store.QueryEvents(new EventQuery { Limit = 1, Offset = 1 });
        Assert.Equal(2, first.Total);
        Assert.NotEqual(first.Items.Single().Id, second.Items.Single().Id);
        Assert.Empty(f.Store.QueryEvents(new EventQuery { Offset = 2 }).Items);
    }

    [Fact]
    public void Bad_query_values_are_user_errors()
    {
        using var f = new StoreFixture();
        Assert.Throws<UserInputException>(() => f.Store.QueryEvents(new EventQuery { Limit = 0 }));
        Assert.Throws<UserInputException>(() => f.Store.QueryEvents(new EventQuery { Limit = EventQuery.MaxLimit + 1 }));
        Assert.Throws<UserInputException>(() => f.Store.QueryEvents(new EventQuery { From = NewsFixtures.Day, To = NewsFixtures.Day.AddDays(-1) }));
        Assert.Throws<UserInputException>(() => f.Store.QueryEvents(new EventQuery { Country = "Syria" }));
        Assert.Throws<UserInputException>(() => BoundingBox.Parse("36,91,37,92"));
        Assert.Throws<UserInputException>(() => EventQuery.ParseTypes(["massacre"]));
        Assert.Throws<UserInputException>(() => EventQuery.ParseTypes(["3"]));
    }

    [Fact]
    public void Filter_values_are_data_never_SQL()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        Assert.Equal(0, f.Store.QueryEvents(new EventQuery { Place = "x' OR '1'='1" }).Total);
        Assert.Equal(0, f.Store.QueryEvents(new EventQuery { Actor = "isis'); DROP TABLE events; --" }).Total);
        Assert.Equal(2, f.Store.QueryEvents(new EventQuery()).Total);
    }

    [Fact]
    public void Counts_list_hashtags_actors_and_places_by_articles_naming_them()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var hashtags = f.Store.Counts(MentionKind.Hashtag, 10);
        Assert.Equal(["التحالف الدولي", "سرمدا"], hashtags.Select(h => h.Key).Order(StringComparer.Ordinal));
        Assert.All(hashtags, h => Assert.Equal(2, h.Articles)); // the strike and its syndicated copy
        var actors = f.Store.Counts(MentionKind.Actor, 1);
        Assert.Equal("isis", actors.Single().Key);
        Assert.Equal(4, actors.Single().Articles);
        var places = f.Store.Counts(MentionKind.Place, 10, from: NewsFixtures.Day, to: NewsFixtures.Day);
        Assert.Equal("gaz:sarmada", places[0].Key);
        Assert.DoesNotContain(places, p => p.Key == "gaz:barisha"); // the claim article was published in 2020
    }

    [Fact]
    public void Actors_resolve_by_id_by_Arabic_name_and_by_English_name()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        Assert.Equal("isis", f.Store.ResolveActor("isis").Single().Key);
        Assert.Equal("isis", f.Store.ResolveActor("داعش").Single().Key);
        Assert.Equal("isis", f.Store.ResolveActor("Islamic State").Single().Key);
        Assert.Empty(f.Store.ResolveActor("هيئة تحرير الشام"));
    }

    [Fact]
    public void Whereabouts_of_an_actor_list_its_events_and_claims_in_time_order()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var report = f.Store.Whereabouts("داعش");
        Assert.Equal(2, report.Entries.Count);
        var claim = report.Entries[0];
        Assert.Equal("Barisha", claim.Where!.Name);
        Assert.Equal("moved", claim.What);
        Assert.Equal(Athar.Attribution.Certainty.Speculative, claim.Certainty);
        Assert.Equal("صحفي سوري يعيش في المنطقة", claim.Evidence.Single().Attribution);
        var strike = report.Entries[1];
        Assert.Equal("air_strike", strike.What);
        Assert.Equal("target", strike.Role);
        Assert.Equal(2, strike.IndependentSources);
        Assert.Single(f.Store.Whereabouts("isis", from: new DateOnly(2023, 1, 1)).Entries);
    }
}
