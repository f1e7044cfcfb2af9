namespace Athar.Tests.Store;

/// <summary>An event's sources read a page at a time are the same sources, in the same order and with the same independence, as read at once.</summary>
public class EventSourcesPageTests
{
    [Fact]
    public void Pages_of_sources_join_into_all_of_them()
    {
        using var f = new StoreFixture();
        f.SaveNews();
        var id = f.Store.Save(Enumerable.Range(0, 120).Select(LinearFusionTests.OneIncident).ToList())[0].EventIds.Single();
        var all = f.Store.GetEvent(id)!;
        Assert.Equal(all.Sources.Count, all.SourcesTotal);
        var paged = Enumerable.Range(0, 3).SelectMany(p =>
        {
            var page = f.Store.GetEvent(id, p * 50, 50)!;
            Assert.Equal(all.SourcesTotal, page.SourcesTotal);
            Assert.Equal(p * 50, page.SourcesOffset);
            return page.Sources;
        }).ToList();
        Assert.Equal(all.Sources.Select(s => (s.Article.Id, s.Independent, s.Report.Id)), paged.Select(s => (s.Article.Id, s.Independent, s.Report.Id)));
        Assert.Equal(2, paged.Count(s => s.Independent)); // alpha and beta; every other report copies alpha
    }
}
