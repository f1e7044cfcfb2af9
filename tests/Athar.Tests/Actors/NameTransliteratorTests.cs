using Athar.Actors;

namespace Athar.Tests.Actors;

public class NameTransliteratorTests
{
    [Theory]
    [InlineData("أبو بكر البغدادي", "Abu Bakr al-Baghdadi")]
    [InlineData("أبا بكر البغدادي", "Abu Bakr al-Baghdadi")]
    [InlineData("عبد الله مكي", "Abdullah Maki")]
    [InlineData("أم حسين الشيشانية", "Umm Hussein al-Shishaniya")]
    [InlineData("حمد خلف الزوانيت", "Hamad Khalaf al-Zawanit")]
    [InlineData("خديجة", "Khadija")]
    public void Spells_names_from_the_table_and_letter_rules(string arabic, string latin) =>
        Assert.Equal(latin, NameTransliterator.Default.Transliterate(arabic));

    [Fact]
    public void Unknown_words_get_a_readable_spelling_with_the_article_as_al() =>
        Assert.Equal("al-Zawanit", NameTransliterator.ByLetters("الزوانيت"));
}
