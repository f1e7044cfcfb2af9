using Athar.Events;
using Athar.Search;
using Athar.Store;
using Athar.Store.Postgres;
using Athar.Tests.Cli;
using Athar.Tests.Corpus;

namespace Athar.Tests.Store.Contract;

/// <summary>
/// What every store must do, run against the embedded store (SQLite with its Lucene index) and the server store
/// (PostgreSQL with PostGIS and search vectors): the same articles give the same events, filters, sources,
/// whereabouts, counts and search results.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly List<long> _ids;

    protected StoreContract()
    {
        Store = OpenStore();
        var saved = Store.Save(
        [
            HandMade.Analysed(NewsFixtures.Strike()), HandMade.Analysed(NewsFixtures.SecondOutlet()), HandMade.Analysed(NewsFixtures.Syndicated()),
            HandMade.Analysed(NewsFixtures.Shelling()), HandMade.Analysed(NewsFixtures.LeadersClaim()),
            HandMade.Analysed(HandMade.Article(File.ReadAllText(CliRunner.SeedPath), "seed", null, new DateOnly(2020, 9, 20))),
        ]);
        _ids = saved.Select(s => s.ArticleId).ToList();
        Search = Indexed(saved.Select(s => s.ArticleId).ToList());
    }

    protected IAtharStore Store { get; }

    private IArticleSearch Search { get; }

    protected abstract IAtharStore OpenStore();

    /// <summary>The store's search, with the saved articles indexed.</summary>
    protected abstract IArticleSearch Indexed(IReadOnlyList<long> ids);

    public virtual void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Reports_of_one_strike_fuse_and_a_copy_is_no_independent_witness()
    {
        var stats = Store.Stats();
        Assert.Equal(6, stats.Articles);
        Assert.Equal(1, stats.NearDuplicates);
        var strike = Store.QueryEvents(new EventQuery { Types = [EventType.AirStrike] }).Items.Single();
        Assert.Equal((3, 2), (strike.Sources, strike.IndependentSources));
        Assert.Equal("Sarmada", strike.Where!.Name);
        Assert.Equal((2, 2), (strike.Fatalities, strike.FatalitiesMax));
        Assert.Empty(Store.EventsOutOfStep());
    }

    [Fact]
    public void The_same_content_is_stored_once()
    {
        var again = Store.Save([HandMade.Analysed(NewsFixtures.Strike())])[0];
        Assert.False(again.Added);
        Assert.Equal(_ids[0], again.ArticleId);
    }

    [Fact]
    public void Filters_select_the_same_events()
    {
        Assert.Equal(2, Store.QueryEvents(new EventQuery { Country = "SY", From = NewsFixtures.Day, To = NewsFixtures.Day }).Total);
        Assert.Equal("Manbij", Store.QueryEvents(new EventQuery { Bbox = BoundingBox.Parse("37.5,36.3,38.5,36.8") }).Items.Single().Where!.Name);
        Assert.Equal(0, Store.QueryEvents(new EventQuery { Bbox = BoundingBox.Parse("170,-10,-170,10") }).Total);
        Assert.Equal("Sarmada", Store.QueryEvents(new EventQuery { Actor = "داعش", From = NewsFixtures.Day }).Items.Single().Where!.Name);
        Assert.Equal("Sarmada", Store.QueryEvents(new EventQuery { Place = "سرمدا" }).Items.Single().Where!.Name);
        var strike = Store.QueryEvents(new EventQuery { Types = [EventType.AirStrike] }).Items.Single();
        Assert.Equal(strike.Id, Store.QueryEvents(new EventQuery { ArticleIds = [_ids[1]] }).Items.Single().Id);
        var page = Store.QueryEvents(new EventQuery { Limit = 1, Offset = 1 });
        Assert.Equal(Store.QueryEvents(new EventQuery()).Total, page.Total);
        Assert.Single(page.Items);
        Assert.NotEmpty(Store.Timeline(new EventQuery(), TimeBucket.Month));
    }

    [Fact]
    public void An_event_gives_its_sources_a_page_at_a_time()
    {
        var strike = Store.QueryEvents(new EventQuery { Types = [EventType.AirStrike] }).Items.Single();
        var all = Store.GetEvent(strike.Id)!;
        Assert.Equal(["alpha-101", "beta-7", "gamma-55"], all.Sources.Select(s => s.Article.ExternalId));
        Assert.Equal([true, true, false], all.Sources.Select(s => s.Independent));
        var second = Store.GetEvent(strike.Id, 1, 1)!;
        Assert.Equal((3, "beta-7"), (second.SourcesTotal, second.Sources.Single().Article.ExternalId));
        Assert.NotEmpty(second.Sources[0].Sentences);
        Assert.Null(Store.GetEvent(-5));
    }

    [Fact]
    public void Whereabouts_counts_and_articles_read_alike()
    {
        var report = Store.Whereabouts("isis");
        Assert.Contains(report.Actors, a => a.Key == "isis");
        Assert.NotEmpty(report.Entries);
        Assert.Equal("isis", Store.Counts(MentionKind.Actor, 1).Single().Key);
        Assert.NotEmpty(Store.Counts(MentionKind.Hashtag, 5, NewsFixtures.Day, NewsFixtures.Day));
        Assert.NotEmpty(Store.ResolveActor("داعش"));
        var article = Store.GetArticle(_ids[0])!;
        Assert.Equal(NewsFixtures.StrikeText, article.Document.Text);
        Assert.NotEmpty(article.Document.Layer<EventRecord>());
        Assert.Equal(_ids.Order(), Store.GetArticles(_ids).Select(a => a.Id));
    }

    [Theory]
    [InlineData("سرمدا", null, null, "alpha-101,beta-7,gamma-55")]
    [InlineData("قياديين سرمدا", null, null, "alpha-101,gamma-55")]
    [InlineData("سرمدا -الهوى", null, null, "alpha-101,gamma-55")]
    [InlineData("\"طائرة مسيّرة\"", null, null, "alpha-101,beta-7,gamma-55")]
    [InlineData("البغدادي باريشا", null, null, "seed")]
    [InlineData("قصف", "IQ", null, "")]
    [InlineData("بسرمدا", null, null, "alpha-101,beta-7,gamma-55")] // a proclitic read off the query word
    [InlineData("سرمدا", null, "إدلب", "alpha-101,beta-7,gamma-55")] // a province by its Arabic name
    [InlineData("سرمدا", null, "Aleppo", "")]
    public void Search_finds_the_same_articles(string query, string? country, string? place, string expected)
    {
        var results = new CorpusSearch(Search, Store).Search(new SearchRequest { Query = query, Country = country, Place = place, Limit = 50 });
        Assert.Equal(expected, string.Join(",", results.Articles.Select(a => a.Article.ExternalId).Order(StringComparer.Ordinal)));
    }
}

/// <summary>The contract on the embedded store: SQLite and a Lucene index.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    private TempDir? _dir;
    private ArticleIndex? _index;

    protected override IAtharStore OpenStore()
    {
        _dir = new TempDir();
        return SqliteStore.Open(Path.Combine(_dir.Path, "contract.db"));
    }

    protected override IArticleSearch Indexed(IReadOnlyList<long> ids)
    {
        _index = ArticleIndex.InMemory();
        foreach (var id in ids)
            _index.Put(id, Store.GetArticle(id)!.Document);
        _index.Commit();
        return _index;
    }

    public override void Dispose()
    {
        _index?.Dispose();
        base.Dispose();
        _dir?.Dispose();
    }
}

/// <summary>The contract on the server store: PostgreSQL with PostGIS, its search vectors written by each save.</summary>
public sealed class PostgresStoreContract : StoreContract
{
    private TestDatabase? _database;

    protected override IAtharStore OpenStore()
    {
        _database = PostgresServer.NewDatabase();
        return PostgresStore.Open(_database.Url);
    }

    protected override IArticleSearch Indexed(IReadOnlyList<long> ids) => ((PostgresStore)Store).Search;

    public override void Dispose()
    {
        base.Dispose();
        _database?.Dispose();
    }
}
