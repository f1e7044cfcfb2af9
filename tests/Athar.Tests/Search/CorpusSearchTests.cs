using Athar.Events;
using Athar.Input;
using Athar.Search;
using Athar.Store;
using Athar.Tests.Cli;
using Athar.Tests.Corpus;
using Athar.Tests.Store;

namespace Athar.Tests.Search;

public sealed class CorpusSearchTests : IDisposable
{
    private readonly StoreFixture _store = new();
    private readonly ArticleIndex _index = ArticleIndex.InMemory();
    private readonly CorpusSearch _search;
    private readonly long _seedId;

    public CorpusSearchTests()
    {
        var saved = _store.SaveNews();
        var docs = new[] { NewsFixtures.Strike(), NewsFixtures.SecondOutlet(), NewsFixtures.Syndicated(), NewsFixtures.Shelling(), NewsFixtures.LeadersClaim() };
        for (var i = 0; i < docs.Length; i++)
            _index.Put(saved[i].ArticleId, docs[i]);
        var seed = HandMade.Article(File.ReadAllText(CliRunner.SeedPath), "seed", null, new DateOnly(2020, 9, 20));
        _seedId = _store.Store.Save([HandMade.Analysed(seed)])[0].ArticleId;
        _index.Put(_seedId, seed);
        _index.Commit();
        _search = new CorpusSearch(_index, _store.Store);
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }

    private static string Marked(Snippet s) => string.Concat(s.Highlights.Select(h => "[" + s.Text[h.Start..h.End] + "]"));

    [Fact]
    public void The_Barisha_raid_is_found_from_Baghdadi_and_Barisha_with_both_words_highlighted()
    {
        var results = _search.Search(new SearchRequest { Query = "البغدادي باريشا" });
        var hit = results.Articles[0];
        Assert.Equal(_seedId, hit.Article.Id);
        Assert.False(results.Relaxed);
        var marked = string.Concat(hit.Snippets.Select(Marked));
        Assert.Contains("[البغدادي]", marked, StringComparison.Ordinal);
        Assert.Contains("[باريشا]", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stemmed_match_finds_the_dual_from_the_plural()
    {
        // «قياديين» in the query; «قياديان» (dual) in the syndicated copy. «قياديي» (construct) stems to
        // «قيادي», not «قياد»: the light stemmer does not reach it, and the second outlet is not found.
        var results = _search.Search(new SearchRequest { Query = "قياديين سرمدا" });
        Assert.Equal(["alpha-101", "gamma-55"], results.Articles.Select(a => a.Article.ExternalId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_is_found_behind_a_conjunction()
    {
        // «ومعبر باب الهوى»: the plain field holds و + معبر.
        var results = _search.Search(new SearchRequest { Query = "معبر" });
        Assert.Equal("beta-7", results.Articles.Single().Article.ExternalId);
    }

    [Fact]
    public void A_query_word_with_a_clitic_finds_the_bare_name()
    {
        // «بسرمدا» in the query, «سرمدا» in the articles: the query reads ب + سرمدا as the pipeline does.
        var withClitic = _search.Search(new SearchRequest { Query = "بسرمدا" });
        var bare = _search.Search(new SearchRequest { Query = "سرمدا" });
        Assert.True(bare.TotalArticles > 0);
        Assert.Equal(bare.Articles.Select(a => a.Article.Id).Order(), withClitic.Articles.Select(a => a.Article.Id).Order());
    }

    [Fact]
    public void Totals_count_every_match_and_events_come_from_every_matching_article_not_only_those_shown()
    {
        var all = _search.Search(new SearchRequest { Query = "سرمدا", Limit = 50 });
        var one = _search.Search(new SearchRequest { Query = "سرمدا", Limit = 1 });
        Assert.True(all.TotalArticles >= 3, $"{all.TotalArticles} articles");
        Assert.Equal(all.Articles.Count, all.TotalArticles);
        Assert.Single(one.Articles);
        Assert.Equal(all.TotalArticles, one.TotalArticles);
        Assert.Equal(all.TotalEvents, one.TotalEvents);
        Assert.Equal(all.Events.Count, all.TotalEvents);
    }

    [Fact]
    public void The_total_is_the_number_of_matching_articles_however_many()
    {
        using var index = ArticleIndex.InMemory();
        const int Many = 2200;
        for (var i = 0; i < Many; i++)
            index.Put(100_000 + i, new Athar.Document($"قصف مدفعي على أطراف سرمدا، الخبر رقم {i}"));
        index.Commit();
        var results = new CorpusSearch(index, _store.Store).Search(new SearchRequest { Query = "سرمدا", Limit = 5 });
        Assert.Equal(Many, results.TotalArticles);
    }

    [Fact]
    public void Hashtag_words_are_searchable_as_words()
    {
        var results = _search.Search(new SearchRequest { Query = "التحالف الدولي", Limit = 10 });
        Assert.Contains(results.Articles, a => a.Article.ExternalId == "alpha-101");
    }

    [Fact]
    public void Matching_articles_bring_their_events_with_the_evidence_sentence_highlighted()
    {
        var results = _search.Search(new SearchRequest { Query = "مسيّرة سرمدا" });
        var strike = Assert.Single(results.Events);
        Assert.Equal(EventType.AirStrike, strike.Event.Type);
        Assert.Equal(2, strike.Event.IndependentSources);
        Assert.Contains("[سرمدا]", Marked(strike.Snippet), StringComparison.Ordinal);
        Assert.Contains("[مسيّرة]", Marked(strike.Snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_narrow_articles_and_events()
    {
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "قصف", Country = "IQ" }).TotalArticles);
        var shelling = _search.Search(new SearchRequest { Query = "قصف", Types = [EventType.Shelling] });
        Assert.Equal("delta-3", shelling.Articles.Single().Article.ExternalId);
        Assert.Single(shelling.Events);
        Assert.Equal(3, _search.Search(new SearchRequest { Query = "داعش", Actor = "isis", From = NewsFixtures.Day }).TotalArticles);
        Assert.Single(_search.Search(new SearchRequest { Query = "داعش", Place = "Barisha" }).Articles);
        Assert.Single(_search.Search(new SearchRequest { Query = "داعش", Place = "باريشا" }).Articles);
    }

    [Fact]
    public void When_no_article_has_every_word_articles_with_some_are_shown_and_marked_relaxed()
    {
        var results = _search.Search(new SearchRequest { Query = "منبج الموصل" });
        Assert.True(results.Relaxed);
        Assert.Equal("delta-3", results.Articles.Single().Article.ExternalId);
    }

    [Fact]
    public void Excluded_words_remove_articles()
    {
        var all = _search.Search(new SearchRequest { Query = "سرمدا" }).TotalArticles;
        var without = _search.Search(new SearchRequest { Query = "سرمدا -الهوى" }).TotalArticles;
        Assert.Equal(all - 1, without);
    }

    [Fact]
    public void Snippets_never_contain_markup_and_ranges_point_at_the_matched_words()
    {
        var hit = _search.Search(new SearchRequest { Query = "الدفاع المدني" }).Articles[0];
        foreach (var s in hit.Snippets)
        {
            Assert.DoesNotContain('\uE000', s.Text);
            Assert.All(s.Highlights, h => Assert.Contains(s.Text[h.Start..h.End], new[] { "الدفاع", "المدني" }));
        }
    }

    [Fact]
    public void A_limit_out_of_range_is_a_user_error()
    {
        Assert.Throws<UserInputException>(() => _search.Search(new SearchRequest { Query = "داعش", Limit = 0 }));
    }

    [Fact]
    public void A_text_filter_on_the_events_list_goes_through_the_matching_articles()
    {
        var ids = _search.ArticleIds("الدفاع المدني");
        var page = _store.Store.QueryEvents(new EventQuery { ArticleIds = ids.ToList() });
        Assert.Equal(EventType.AirStrike, page.Items.Single().Type);
    }
}
