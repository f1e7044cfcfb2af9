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
}
