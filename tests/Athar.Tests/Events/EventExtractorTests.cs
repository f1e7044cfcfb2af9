using Athar.Attribution;
using Athar.Events;
using Athar.Places;
using static Athar.Tests.Events.EventTestKit;

namespace Athar.Tests.Events;

public class EventExtractorTests
{
    [Fact]
    public void A_drone_strike_gets_its_type_date_place_fatalities_and_means()
    {
        var e = Assert.Single(Extract(
            "استهدفت طائرة مسيرة تركية، صباح اليوم الأحد، سيارة عسكرية في مدينة القامشلي شمال شرقي سوريا، ما أسفر عن مقتل ثلاثة عناصر.",
            "2023-10-22"));
        Assert.Equal(EventType.AirStrike, e.Type);
        Assert.Equal("Explosions/Remote violence", e.Acled.EventType);
        Assert.Equal(new DateOnly(2023, 10, 22), e.When!.Start);
        Assert.Equal("Qamishli", e.Where!.Name.Replace("Al-", "", StringComparison.Ordinal).Replace("Al ", "", StringComparison.Ordinal));
        Assert.Equal(3, e.Fatalities!.Count);
        Assert.Contains(e.Weapons, w => w.Text == "طائرة مسيرة");
    }

    [Fact]
    public void The_date_of_an_announcement_is_not_the_date_of_the_arrest()
    {
        var e = Assert.Single(Extract(
            "أعلنت السلطات التركية، اليوم الجمعة، أنها اعتقلت 12 مشتبهاً بالانتماء إلى تنظيم داعش في مدينة إسطنبول خلال عملية أمنية نفذتها فجر الخميس.",
            "2023-09-29"));
        Assert.Equal(EventType.Arrest, e.Type);
        Assert.Equal(new DateOnly(2023, 9, 28), e.When!.Start);
        Assert.Equal("Istanbul", e.Where!.Name);
        Assert.Equal(12, e.Detained!.Count);
    }

    [Theory]
    [InlineData("وأكد المصدر أنه لم تسجل أي اشتباكات في ريف حلب الشمالي اليوم.")]
    [InlineData("وكان المشتبه به ينوي تنفيذ هجوم انتحاري في العاصمة بغداد الأسبوع المقبل.")]
    [InlineData("وتشن الطائرات التركية غارات متواصلة على مناطق شمال سوريا منذ أسابيع.")]
    [InlineData("يذكر أن القوات العراقية سيطرت على المدينة قبل أيام من بدء العملية.")]
    [InlineData("ودخلت الدورية إلى القرية لاعتقال المطلوبين أمس.")]
    [InlineData("أعلنت قيادة العمليات، اليوم السبت، إحباط محاولة تفجير انتحارية في منطقة الطارمية شمالي بغداد، بعد قتل الانتحاري قبل تمكنه من تفجير حزامه الناسف.")]
    [InlineData("وما زالت المناطق التي تبقت تحت سيطرتهم في ريف دير الزور تشهد توتراً.")]
    public void Negated_intended_habitual_background_and_purpose_reports_are_not_incidents(string text) =>
        Assert.Empty(Extract(text, "2023-05-10"));

    [Fact]
    public void A_headline_and_its_lead_report_one_incident_with_both_as_evidence()
    {
        const string text = "مقتل قيادي في داعش بغارة جوية في الأنبار\nقُتل قيادي بارز في تنظيم داعش، أمس الاثنين، بغارة جوية نفذها التحالف الدولي على منطقة صحراوية في محافظة الأنبار غربي العراق.";
        var e = Assert.Single(Extract(text, "2024-03-12"));
        Assert.Equal(EventType.AirStrike, e.Type);
        Assert.Equal(new DateOnly(2024, 3, 11), e.When!.Start);
        Assert.Equal(2, e.Evidence.Count);
        Assert.Equal("IQ", e.Where!.Country);
    }

    [Fact]
    public void Strikes_on_different_days_stay_separate_incidents()
    {
        const string text = "وفي 19 تشرين الأول، قصفت مسيرة تركية سيارة قرب مدينة عين العرب. وفي 20 تشرين الأول، استهدفت مسيرة تركية سيارة عسكرية في مدينة عين العرب.";
        var events = Extract(text, "2023-10-22");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(EventType.AirStrike, e.Type));
        Assert.Equal([19, 20], events.Select(e => e.When!.Start!.Value.Day));
    }

    [Fact]
    public void Casualties_listed_by_group_are_summed()
    {
        var e = Assert.Single(Extract(
            "اندلعت اشتباكات عنيفة أمس في قرية ذيبان بريف دير الزور الشرقي، أسفرت عن مقتل ثلاثة مدنيين و16 مسلحاً وثلاثة عناصر من قوات الأمن.",
            "2023-08-30"));
        Assert.Equal(EventType.Battle, e.Type);
        Assert.Equal(22, e.Fatalities!.Count);
    }

    [Fact]
    public void A_count_in_quotes_is_read()
    {
        var e = Assert.Single(Extract("أعلنت وزارة الدفاع التركية، اليوم الأحد، \"تحييد\" 12 عنصراً من حزب العمال الكردستاني في غارات جوية على منطقة متينا شمالي العراق.", "2023-06-04"));
        Assert.Equal(12, e.Fatalities?.Count);
    }

    [Fact]
    public void A_dual_noun_counts_two()
    {
        var e = Assert.Single(Extract("دارت اشتباكات عنيفة، فجر اليوم الاثنين، بين الفصائل وقوات مجلس منبج العسكري شمال مدينة منبج، ما أسفر عن مقتل عنصرين من الفصائل.", "2023-06-05"));
        Assert.Equal(2, e.Fatalities!.Count);
        Assert.Equal(new DateOnly(2023, 6, 5), e.When!.Start);
    }

    [Fact]
    public void A_bare_noun_counts_one_in_a_casualty_list()
    {
        var e = Assert.Single(Extract("قُتل ضابط و(4) جنود عراقيين أمس في هجوم شنه مسلحون على موقع للجيش في محافظة ديالى.", "2024-05-14"));
        Assert.Equal(EventType.Battle, e.Type); // an assault on an army post is a battle (ACLED: armed clash)
        Assert.Equal(5, e.Fatalities!.Count);
    }

    [Theory]
    [InlineData("اغتال مسلحون مجهولون أمس مسؤولاً محلياً في مدينة درعا جنوبي سوريا.", EventType.Attack)]
    [InlineData("قُتل شرطي بنيران مسلحين مجهولين أمس في مدينة الموصل.", EventType.Attack)]
    [InlineData("تعرض قيادي في فصيل مسلح للخطف على أيدي مجهولين أمس في مدينة الباب بريف حلب.", EventType.Abduction)]
    [InlineData("انفجرت قنبلة أمس قرب مقر للشرطة في مدينة كركوك.", EventType.Bombing)]
    [InlineData("أصيب ثلاثة مدنيين أمس جراء سقوط قذائف على حي سكني في مدينة حلب.", EventType.Shelling)]
    [InlineData("قُتل طفلان أمس جراء انفجار لغم أرضي من مخلفات الحرب في بلدة هجين بريف دير الزور الشرقي.", EventType.Bombing)]
    public void Reads_common_phrasings_of_an_incident(string text, EventType type) =>
        Assert.Equal(type, Assert.Single(Extract(text, "2022-03-15")).Type);

    [Fact]
    public void What_people_protest_against_is_not_an_incident_of_that_day() =>
        Assert.Empty(Extract("تظاهر المئات في مدينة إدلب أمس احتجاجاً على اعتقال ناشط إعلامي.", "2022-03-15"));

    [Fact]
    public void The_group_that_launched_an_attack_is_its_agent()
    {
        var e = Assert.Single(Extract("قُتل جنديان أمس في هجوم شنه مسلحون من تنظيم داعش على موقع للجيش في محافظة كركوك.", "2024-05-14"));
        Assert.Equal("isis", e.Agent?.Id);
    }

    [Fact]
    public void Who_follows_a_killing_word_is_the_victim()
    {
        var e = Assert.Single(Extract("أعلنت قيادة العمليات مقتل زعيم تنظيم داعش أبو بكر البغدادي في عملية أمنية نفذتها القوات الأميركية أواخر تشرين الأول 2019 في قرية باريشا بريف إدلب.", "2019-11-01"));
        Assert.Equal(EventType.Raid, e.Type);
        Assert.Equal("us_military", e.Agent?.Id);
        Assert.Equal(1, e.Fatalities?.Count);
    }

    [Fact]
    public void An_announcement_with_no_other_date_dates_the_incident_it_announces()
    {
        var e = Assert.Single(Extract("أعلنت قوات سوريا الديمقراطية (قسد)، مساء الخميس، سيطرتها الكاملة على بلدة الشعفة في ريف دير الزور الشرقي.", "2023-06-02"));
        Assert.Equal(EventType.TerritoryTaken, e.Type);
        Assert.Equal(new DateOnly(2023, 6, 1), e.When!.Start);
        Assert.Equal(ArgumentBasis.Statement, e.When.Basis);
        Assert.Equal("sdf", e.Agent?.Id);
    }

    [Fact]
    public void Who_suffered_an_incident_is_its_target()
    {
        var e = Assert.Single(Extract("تعرضت قاعدة عسكرية تستضيف قوات أمريكية في محافظة الأنبار، مساء الأحد، لقصف بعدة صواريخ.", "2023-06-05"));
        Assert.Equal(EventType.Shelling, e.Type);
        Assert.Null(e.Agent);
        Assert.Equal("us_military", e.Target?.Id);
    }

    [Fact]
    public void A_device_has_no_agent_after_it()
    {
        var e = Assert.Single(Extract("انفجرت عبوة ناسفة، صباح اليوم الجمعة، بعربة عسكرية تابعة للجيش التركي قرب مدينة الباب في ريف حلب الشرقي.", "2023-06-02"));
        Assert.Equal(EventType.Bombing, e.Type);
        Assert.Null(e.Agent);
    }

    [Fact]
    public void A_similar_earlier_incident_told_for_comparison_is_not_this_one()
    {
        const string text = "قُتل القيادي أبو عمر، صباح اليوم الثلاثاء، بغارة جوية من طائرة مسيرة على الطريق بين مدينتي سرمدا والدانا شمالي إدلب.\nويأتي هذا الاستهداف بعد أسبوع من غارة مماثلة استهدفت قيادياً قرب بلدة أطمة.";
        var e = Assert.Single(Extract(text, "2024-02-20"));
        Assert.NotEqual("Atmeh", e.Where!.Name);
    }

    [Fact]
    public void The_group_of_a_leader_killed_in_a_strike_is_the_target_not_the_agent()
    {
        var e = Assert.Single(Extract("مقتل قيادي في هيئة تحرير الشام بغارة لطائرة مسيرة قرب مدينة سرمدا أمس", "2024-02-20"));
        Assert.Equal("hts", e.Target?.Id);
        Assert.NotEqual("hts", e.Agent?.Id);
    }

    [Fact]
    public void A_suicide_attack_is_a_bombing()
    {
        var e = Assert.Single(Extract("هاجم انتحاريون يرتدون أحزمة ناسفة اليوم الجمعة مقر الشرطة في مدينة كركوك.", "2016-10-21"));
        Assert.Equal(EventType.Bombing, e.Type);
    }

    [Fact]
    public void A_house_raid_that_takes_people_is_an_abduction_or_an_arrest()
    {
        var abduction = Assert.Single(Extract("داهمت مجموعة مسلحة منازل في قرية الحويجة بريف الرقة الشمالي أمس واختطفت ثلاثة مدنيين.", "2021-12-01"));
        Assert.Equal(EventType.Abduction, abduction.Type);
        var arrest = Assert.Single(Extract("داهمت قوات الأمن منزلاً في مدينة الموصل فجر اليوم واعتقلت مطلوبين اثنين.", "2021-12-01"));
        Assert.Equal(EventType.Arrest, arrest.Type);
    }

    [Fact]
    public void A_hedge_before_the_trigger_sets_the_certainty()
    {
        var e = Assert.Single(Extract("ويُرجّح أن طائرة مسيرة استهدفت أمس سيارة قيادي في ريف إدلب الجنوبي.", "2022-06-02"));
        Assert.Equal(Certainty.Speculative, e.Certainty);
        Assert.NotNull(e.CertaintyCue);
    }

    [Fact]
    public void The_source_of_a_report_is_its_attribution_not_its_agent()
    {
        var e = Assert.Single(Extract("وبحسب المرصد السوري لحقوق الإنسان، قصفت قوات النظام بقذائف المدفعية أمس بلدة كفرنبل في ريف إدلب الجنوبي.", "2022-06-02"));
        Assert.Equal(EventType.Shelling, e.Type);
        Assert.Contains("المرصد السوري", e.Attribution!.Text, StringComparison.Ordinal);
        Assert.NotEqual("sohr", e.Agent?.Id);
    }

    [Fact]
    public void An_undated_report_outside_the_lead_takes_no_guessed_date()
    {
        const string text = "قال مسؤول محلي إن الوضع مستقر في المنطقة منذ أشهر وإن الأسواق فتحت أبوابها كالمعتاد.\nوأضاف أن الأهالي عادوا إلى منازلهم بعد أن عاد الهدوء.\nوكان التنظيم قد نفذ هجمات في قرى ريف حمص الشرقي.";
        Assert.Empty(Extract(text, "2022-06-02"));
    }
}
