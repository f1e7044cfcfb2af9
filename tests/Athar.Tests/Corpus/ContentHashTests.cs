using Athar.Corpus;

namespace Athar.Tests.Corpus;

public class ContentHashTests
{
    [Fact]
    public void Rewrapped_text_hashes_the_same()
    {
        var a = "قصف مدفعي على قرى شمال منبج\nأصيب ثلاثة مدنيين.";
        var b = "  قصف مدفعي على قرى  شمال منبج\r\n\r\nأصيب ثلاثة مدنيين.\n";
        Assert.Equal(ContentHash.Of(a), ContentHash.Of(b));
    }

    [Fact]
    public void A_changed_number_changes_the_hash()
    {
        Assert.NotEqual(ContentHash.Of("أصيب ثلاثة مدنيين بجروح"), ContentHash.Of("أصيب أربعة مدنيين بجروح"));
    }

    [Fact]
    public void Composed_and_decomposed_unicode_hash_the_same()
    {
        Assert.Equal(ContentHash.Of("café"), ContentHash.Of("cafe\u0301"));
    }
}
