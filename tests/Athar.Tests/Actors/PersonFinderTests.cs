using Athar.Actors;

namespace Athar.Tests.Actors;

/// <summary>Person names: cues, titles, kunyas, given names; roles; places and words that only look like names.</summary>
public class PersonFinderTests
{
    private static readonly ActorAnnotator Annotator = new();

    private static ActorMention Person(string text, string name) =>
        Assert.Single(Annotator.Find(text), m => m.Kind == ActorKind.Person && m.Text == name);

    [Fact]
    public void A_title_with_office_and_country_gives_role_and_country()
    {
        var p = Person("قال وزير الخارجية العراقي فؤاد حسين إن بلاده ترفض القصف", "فؤاد حسين");
        Assert.Equal(("minister", "IQ"), (p.Role, p.Country));
        Assert.Null(p.Id);
        Assert.Equal("Fouad Hussein", p.Name);
    }

    [Fact]
    public void A_title_followed_by_a_group_makes_the_group_the_person_s_parent()
    {
        var p = Person("وقال المتحدث باسم قسد كمال عاكف إن الهجوم فشل", "كمال عاكف");
        Assert.Equal(("spokesman", "sdf"), (p.Role, p.ParentId));
    }

    [Fact]
    public void A_rank_before_the_name_is_the_role() =>
        Assert.Equal("colonel", Person("نعت الوزارة العقيد الركن خالد ناجي وساك آمر الفوج", "خالد ناجي وساك").Role);

    [Fact]
    public void An_apposition_after_the_name_gives_the_role_and_group()
    {
        var p = Person("قُتل أبو يوسف المهاجر، والي التنظيم في الرقة، مع اثنين من مرافقيه", "أبو يوسف المهاجر");
        Assert.Equal("wali", p.Role);
    }

    [Fact]
    public void A_quoted_name_after_a_cue_is_read_whole()
    {
        var p = Person("قتل شاب يدعى \"حمد خلف الزوانيت\" بمداهمة ليلية", "حمد خلف الزوانيت");
        Assert.Equal("Hamad Khalaf al-Zawanit", p.Transliteration);
    }

    [Fact]
    public void A_kunya_after_an_alias_cue_is_linked_to_the_full_name()
    {
        var found = Annotator.Find("اعتقلت القوات القيادي سالم جاسم العبيدي المكنى أبو عائشة في كركوك");
        var full = Assert.Single(found, m => m.Text == "سالم جاسم العبيدي");
        var kunya = Assert.Single(found, m => m.Text == "أبو عائشة");
        Assert.Equal(full.Span, kunya.Antecedent);
        Assert.Equal(full.Name, kunya.Name);
    }

    [Fact]
    public void The_name_after_bi_is_read_without_the_preposition() =>
        Person("أوقفت الأسايش أحمد الخبيل المعروف بأبو خولة في الحسكة", "أبو خولة");

    [Theory]
    [InlineData("عاد النازحون إلى قرية الشيخ ناصر وبلدة أبو حمام")]
    [InlineData("قصفت القوات قرية الشيخ ناصر بقذائف المدفعية")]
    [InlineData("سيطرت القوات على مدينة أبو كمال الحدودية")]
    [InlineData("سار الرتل على الطريق الدولي بين المدينتين")]
    [InlineData("هل يعود الأهالي أم يبقون في المخيمات")]
    public void Does_not_read_places_and_particles_as_persons(string text) =>
        Assert.DoesNotContain(Annotator.Find(text), m => m.Kind == ActorKind.Person);

    [Fact]
    public void A_given_name_reads_a_full_name_but_stops_before_the_verb()
    {
        Person("وأكد أحمد الخبيل أن المقاتلين انسحبوا", "أحمد الخبيل");
        Person("وقال ماهر المصري إن الطريق مغلق", "ماهر المصري");
        Person("قال مصدر إن علي حسن قتل على الطريق", "علي حسن");
    }

    [Fact]
    public void A_family_name_alone_later_refers_back_to_the_full_name()
    {
        var found = Annotator.Find("قال رئيس الوزراء العراقي محمد شياع السوداني إن العملية نجحت. وكتب السوداني على منصة إكس أن القادة قتلوا.");
        var later = Assert.Single(found, m => m.Text == "السوداني");
        Assert.Equal("mohammed_shia_al_sudani", later.Id);
        Assert.NotNull(later.Antecedent);
    }

    [Fact]
    public void A_family_name_read_as_an_adjective_is_not_the_person() =>
        Assert.DoesNotContain(
            Annotator.Find("التقى محمد شياع السوداني بالرئيس. وقال الجيش السوداني إن الحدود مغلقة."),
            m => m.Text == "السوداني");
}
