using Athar.Events;
using Athar.Places;

namespace Athar.Tests.Events;

/// <summary>The events and claims stages share one view per document, kept with the document, never in a static.</summary>
public class ArticleViewTests
{
    private const string Text = "قصفت طائرة مسيرة قرية باريشا بريف إدلب أمس، ما أدى إلى مقتل ثلاثة مدنيين.";

    private static Document Analyzed() => EventTestKit.Analyze(Text, "2020-09-20");

    [Fact]
    public void The_view_is_built_once_and_shared()
    {
        var document = Analyzed();
        Assert.Same(ArticleView.Of(document), ArticleView.Of(document));
    }

    [Fact]
    public void The_view_is_rebuilt_after_a_layer_it_reads_is_replaced()
    {
        var document = Analyzed();
        var before = ArticleView.Of(document);
        Assert.NotEmpty(before.Places.SelectMany(p => p));
        document.SetLayer<PlaceMention>([]);
        var after = ArticleView.Of(document);
        Assert.NotSame(before, after);
        Assert.Empty(after.Places.SelectMany(p => p));
    }

    [Fact]
    public void Setting_a_layer_the_view_does_not_read_keeps_it()
    {
        var document = Analyzed();
        var view = ArticleView.Of(document);
        document.SetLayer(document.Layer<EventRecord>().ToList()); // what the events stage does before claims read the view
        Assert.Same(view, ArticleView.Of(document));
    }

    [Fact]
    public void Two_documents_do_not_share_views()
    {
        var first = Analyzed();
        var second = Analyzed();
        var (a, b) = (ArticleView.Of(first), ArticleView.Of(second));
        Assert.NotSame(a, b);
        Assert.Same(first, a.Document);
        Assert.Same(second, b.Document);
    }
}
