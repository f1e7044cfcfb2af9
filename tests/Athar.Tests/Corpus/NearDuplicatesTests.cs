using Athar.Corpus;

namespace Athar.Tests.Corpus;

public class NearDuplicatesTests
{
    [Fact]
    public void A_syndicated_copy_with_a_new_headline_and_footer_is_similar_above_the_threshold()
    {
        var original = NearDuplicates.Signature(NewsFixtures.StrikeText)!;
        var copy = NearDuplicates.Signature(NewsFixtures.SyndicatedText)!;
        Assert.True(NearDuplicates.Similarity(original, copy) >= NearDuplicates.Threshold, $"similarity {NearDuplicates.Similarity(original, copy)}");
        Assert.True(NearDuplicates.BandKeys(original).Intersect(NearDuplicates.BandKeys(copy)).Any());
    }

    [Fact]
    public void Another_outlets_own_report_of_the_same_strike_is_not_a_copy()
    {
        var a = NearDuplicates.Signature(NewsFixtures.StrikeText)!;
        var b = NearDuplicates.Signature(NewsFixtures.SecondOutletText)!;
        Assert.True(NearDuplicates.Similarity(a, b) < 0.2, $"similarity {NearDuplicates.Similarity(a, b)}");
    }

    [Fact]
    public void Spelling_variants_of_letters_do_not_hide_a_copy()
    {
        // ة/ه, ى/ي and diacritics are folded in the matching form the shingles are made of.
        var folded = NewsFixtures.StrikeText.Replace("الدولي", "الدولى", StringComparison.Ordinal).Replace("قُتل", "قتل", StringComparison.Ordinal);
        Assert.Equal(1.0, NearDuplicates.Similarity(NearDuplicates.Signature(NewsFixtures.StrikeText)!, NearDuplicates.Signature(folded)!));
    }

    [Fact]
    public void A_headline_alone_is_too_short_to_compare()
    {
        Assert.Null(NearDuplicates.Signature("قصف مدفعي على منبج"));
    }

    [Fact]
    public void Signatures_survive_storage_as_bytes()
    {
        var s = NearDuplicates.Signature(NewsFixtures.ShellingText)!;
        Assert.Equal(s, NearDuplicates.FromBytes(NearDuplicates.ToBytes(s)));
    }
}
