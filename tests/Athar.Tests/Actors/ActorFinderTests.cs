using Athar.Actors;

namespace Athar.Tests.Actors;

/// <summary>Catalogued names, generic agents with a country, and where they must not match.</summary>
public class ActorFinderTests
{
    private static readonly ActorAnnotator Annotator = new();

    private static ActorMention Only(string text, string mention) =>
        Assert.Single(Annotator.Find(text), m => m.Text == mention);

    [Theory]
    [InlineData("سيطرت قسد على البلدة", "قسد", "sdf")]
    [InlineData("اشتباكات بين الجيش وقسد", "قسد", "sdf")]
    [InlineData("هجوم لداعش على حاجز", "داعش", "isis")]
    [InlineData("أعلن تنظيم الدولة الإسلامية مسؤوليته", "تنظيم الدولة الإسلامية", "isis")]
    [InlineData("بعد سيطرة #قوات_سوريا_الديمقراطية على البلدة", "قوات_سوريا_الديمقراطية", "sdf")]
    [InlineData("ميليشيا قسد تعتقل شباناً", "ميليشيا قسد", "sdf")]
    [InlineData("قالت قوات سورية الديموقراطية إن", "قوات سورية الديموقراطية", "sdf")]
    [InlineData("والتحالف الدولي يقصف", "التحالف الدولي", "coalition")]
    [InlineData("The Syrian Democratic Forces said", "Syrian Democratic Forces", "sdf")]
    public void Finds_a_catalogued_actor_by_any_listed_name_with_its_clitics_read_off(string text, string mention, string id) =>
        Assert.Equal(id, Only(text, mention).Id);

    [Fact]
    public void Reads_the_kunya_in_every_case_as_one_name()
    {
        foreach (var kunya in new[] { "أبو بكر البغدادي", "أبا بكر البغدادي", "أبي بكر البغدادي" })
            Assert.Equal("abu_bakr_al_baghdadi", Only($"قتلت القوات الأمريكية {kunya} في إدلب", kunya).Id);
    }

    [Theory]
    [InlineData("قالت قناة العربية إن", "قناة العربية")]
    [InlineData("وفق ما نقلت (العربية) عن مصادر", "العربية")]
    public void Reads_an_outlet_that_is_also_a_common_word_only_after_a_media_word_or_in_brackets(string text, string mention) =>
        Assert.Equal("al_arabiya", Only(text, mention).Id);

    [Theory]
    [InlineData("تعلم اللغة العربية في المدارس")]
    [InlineData("الحل السياسي هو الطريق الوحيد")]
    [InlineData("قاتل الجيش الوطني الليبي في طرابلس")]
    public void Does_not_read_an_actor_into_ordinary_words_or_another_country(string text) =>
        Assert.Empty(Annotator.Find(text));

    [Theory]
    [InlineData("قصفت القوات التركية قرى شمال منبج", "القوات التركية", "turkey_army")]
    [InlineData("استهدفت طائرة مسيرة تركية سيارة", "طائرة مسيرة تركية", "turkey_army")]
    [InlineData("قصفت القوات #التركية# قريتين", "القوات #التركية", "turkey_army")]
    [InlineData("قالت السلطات العراقية إن", "السلطات العراقية", "iraq_gov")]
    [InlineData("قُتل 5 جنود أميركيين في الهجوم", "جنود أميركيين", "us_military")]
    [InlineData("أعلنت وزارة الخارجية التركية", "وزارة الخارجية التركية", "turkey_gov")]
    public void A_generic_agent_with_a_country_names_that_country_s_state_actor(string text, string mention, string id)
    {
        var found = Only(text, mention);
        Assert.Equal(id, found.Id);
        Assert.True(found.Generic);
    }

    [Fact]
    public void A_bare_generic_agent_takes_its_country_from_an_earlier_sentence()
    {
        var found = Annotator.Find("أعلنت السلطات العراقية بدء عملية في الأنبار. وقالت إن القوات الأمنية قتلت ثلاثة مسلحين.");
        Assert.Equal("iraq_gov_forces", Assert.Single(found, m => m.Text == "القوات الأمنية").Id);
    }

    [Fact]
    public void A_bare_generic_agent_without_any_country_stays_without_id()
    {
        var found = Only("وقالت السلطات إنها فتحت تحقيقاً في الحادث.", "السلطات");
        Assert.Null(found.Id);
        Assert.True(found.Generic);
        Assert.Equal(ActorKind.Government, found.Kind);
    }

    [Fact]
    public void Two_countries_named_in_the_sentence_give_no_guess() =>
        Assert.Null(Only("وقالت القوات الأمنية إن المسلحين عبروا من سوريا إلى تركيا.", "القوات الأمنية").Id);
}
