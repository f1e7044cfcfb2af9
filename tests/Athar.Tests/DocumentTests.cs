using Athar.Text;
using Athar.Time;

namespace Athar.Tests;

public class DocumentTests
{
    [Fact]
    public void Require_returns_a_layer_a_stage_set()
    {
        var document = new Document("قصف على إدلب");
        new Tokenizer().Annotate(document);
        Assert.Same(document.Layer<Token>(), document.Require<Token>());
    }

    [Fact]
    public void Require_on_a_missing_layer_says_which_stage_makes_it()
    {
        var e = Assert.Throws<MissingLayerException>(() => new Document("قصف على إدلب", new DocumentInfo { Id = "a1" }).Require<DateMention>());
        Assert.Equal("the 'dates' layer of document 'a1' is not set: run the 'dates' stage first", e.Message);
        Assert.Equal(typeof(DateMention), e.Layer);
    }

    [Fact]
    public void An_empty_layer_is_set_and_not_missing()
    {
        var document = new Document("نص");
        document.SetLayer<DateMention>([]);
        Assert.Empty(document.Require<DateMention>());
    }

    [Fact]
    public void A_derived_model_is_built_once_and_dropped_when_a_layer_it_read_is_set()
    {
        var document = new Document("قصف على إدلب");
        new Tokenizer().Annotate(document);
        var builds = 0;
        TokenCount Count(Document d)
        {
            builds++;
            return new TokenCount(d.Layer<Token>().Count);
        }
        Assert.Equal(3, document.Derived(Count).Value);
        document.Derived(Count);
        Assert.Equal(1, builds);
        document.SetLayer<DateMention>([]); // not read: kept
        document.Derived(Count);
        Assert.Equal(1, builds);
        document.SetLayer(document.Layer<Token>().Take(1));
        Assert.Equal(1, document.Derived(Count).Value);
        Assert.Equal(2, builds);
    }

    [Fact]
    public void A_model_built_on_another_goes_stale_with_it()
    {
        var document = new Document("قصف على إدلب");
        new Tokenizer().Annotate(document);
        static TokenCount Count(Document d) => new(d.Layer<Token>().Count);
        static Twice Double(Document d) => new(d.Derived(Count).Value * 2);
        document.Derived(Count); // built first: Twice reads tokens only through it
        Assert.Equal(6, document.Derived(Double).Value);
        document.SetLayer(document.Layer<Token>().Take(1));
        Assert.Equal(2, document.Derived(Double).Value);
    }

    private sealed record TokenCount(int Value);

    private sealed record Twice(int Value);
}
