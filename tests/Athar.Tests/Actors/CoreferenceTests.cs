using Athar.Actors;

namespace Athar.Tests.Actors;

/// <summary>Anaphors link to the last fitting antecedent, and only then.</summary>
public class CoreferenceTests
{
    private static readonly ActorAnnotator Annotator = new();

    [Fact]
    public void The_organisation_refers_to_the_last_named_group_that_it_can_name()
    {
        var found = Annotator.Find("هاجم تنظيم داعش حاجزاً للجيش. وتبنى التنظيم الهجوم في بيان.");
        var anaphor = Assert.Single(found, m => m.Text == "التنظيم");
        Assert.Equal(("isis", true), (anaphor.Id, anaphor.Nominal));
    }

    [Fact]
    public void Without_an_antecedent_an_anaphor_is_not_a_mention() =>
        Assert.Empty(Annotator.Find("وتبنى التنظيم الهجوم في بيان، وقالت الهيئة إن الوزير سيزور المنطقة."));

    [Fact]
    public void An_adjective_after_the_anaphor_blocks_the_link() =>
        Assert.DoesNotContain(Annotator.Find("انسحبت حركة أحرار الشام من القرية. ونشطت الحركة الكردية في المدينة."), m => m.Text.StartsWith("الحركة", StringComparison.Ordinal));

    [Fact]
    public void An_epithet_after_the_anaphor_keeps_the_link() =>
        Assert.Contains(Annotator.Find("هاجم تنظيم داعش القرية. وقال التنظيم الإرهابي إن"), m => m.Text == "التنظيم" && m.Id == "isis");

    [Fact]
    public void A_minister_anaphor_needs_the_same_country()
    {
        const string text = "قال وزير الداخلية التركي سليمان صويلو إن الخلية فككت. وقال الوزير التركي إن التحقيق مستمر. ورد الوزير الروسي بأن";
        var found = Annotator.Find(text);
        Assert.Contains(found, m => m.Text == "الوزير التركي" && m.Id == "suleyman_soylu");
        Assert.DoesNotContain(found, m => m.Text.StartsWith("الوزير الروسي", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_window_anaphor_does_not_reach_far_back()
    {
        var filler = string.Concat(Enumerable.Repeat("وتواصلت الاشتباكات في المنطقة. ", 5));
        var found = Annotator.Find("سيطرت هيئة تحرير الشام على القرية. " + filler + "وقالت الهيئة إن");
        Assert.DoesNotContain(found, m => m.Text == "الهيئة");
    }
}
