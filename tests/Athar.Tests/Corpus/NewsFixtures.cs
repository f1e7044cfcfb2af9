using Athar.Actors;
using Athar.Attribution;
using Athar.Claims;
using Athar.Events;
using Athar.Time;
using static Athar.Tests.Corpus.HandMade;

namespace Athar.Tests.Corpus;

/// <summary>
/// Short news articles written for these tests (not taken from any outlet): two outlets reporting one drone
/// strike near Sarmada, a syndicated copy of the first, an unrelated shelling of Manbij the same day, and a
/// claim about where ISIS leaders went.
/// </summary>
internal static class NewsFixtures
{
    public static readonly DateOnly Day = new(2023, 3, 14);

    public const string StrikeText =
        "مسيّرة للتحالف تقتل قياديين في داعش قرب سرمدا\n" +
        "قُتل قياديان في تنظيم داعش، صباح الثلاثاء، بغارة نفذتها طائرة مسيّرة تابعة للتحالف الدولي على سيارة كانت تسير قرب بلدة سرمدا شمالي إدلب، بحسب ما أفاد مصدر محلي.\n" +
        "وقال المصدر إن السيارة احترقت بالكامل، وإن فرق الدفاع المدني نقلت الجثتين إلى مشفى قريب. #سرمدا #التحالف_الدولي";

    public const string SecondOutletText =
        "استهداف سيارة على طريق باب الهوى\n" +
        "استهدفت طائرة مسيّرة يُرجّح أنها تابعة للتحالف الدولي سيارة على الطريق الواصل بين سرمدا ومعبر باب الهوى، ما أدى إلى مقتل شخصين قالت مصادر محلية إنهما من قياديي تنظيم داعش.\n" +
        "ولم يصدر أي تعليق رسمي من التحالف حتى ساعة إعداد هذا الخبر.";

    // The first report republished by another site with its own headline and a closing line added.
    public const string SyndicatedText =
        "قتيلان من داعش بضربة جوية في ريف إدلب\n" +
        "قُتل قياديان في تنظيم داعش، صباح الثلاثاء، بغارة نفذتها طائرة مسيّرة تابعة للتحالف الدولي على سيارة كانت تسير قرب بلدة سرمدا شمالي إدلب، بحسب ما أفاد مصدر محلي.\n" +
        "وقال المصدر إن السيارة احترقت بالكامل، وإن فرق الدفاع المدني نقلت الجثتين إلى مشفى قريب. #سرمدا #التحالف_الدولي\n" +
        "تابعونا على قناتنا لمزيد من الأخبار.";

    public const string ShellingText =
        "قصف مدفعي على قرى شمال منبج\n" +
        "قصفت القوات التركية بالمدفعية الثقيلة، الثلاثاء، قرى في ريف منبج شمالي حلب، ما أدى إلى إصابة ثلاثة مدنيين بجروح، وفق ما ذكرت قوات سوريا الديمقراطية في بيان.";

    public const string ClaimText =
        "تقرير: قادة داعش لجؤوا إلى ريف إدلب\n" +
        "يُرجّح باحثون أن عدداً من قياديي تنظيم داعش انتقلوا إلى منطقة باريشا في ريف إدلب الشمالي خلال عام 2019، بحسب صحفي سوري يعيش في المنطقة.";

    public static Document Strike()
    {
        var d = Article(StrikeText, "alpha-101", "https://www.alpha-news.example/2023/03/14/sarmada-strike", Day, "مسيّرة للتحالف تقتل قياديين في داعش قرب سرمدا");
        var sarmada = Place(d, "سرمدا", Gazetteer.Sarmada);
        d.SetLayer([sarmada, Place(d, "سرمدا", Gazetteer.Sarmada) with { Span = SpanOf(d, "سرمدا", 1) }]);
        d.SetLayer([Entity(d, "داعش", "isis", "Islamic State", ActorKind.ArmedGroup), Entity(d, "للتحالف الدولي", "coalition", "International Coalition", ActorKind.StateForce)]);
        d.SetLayer([Event(d, "e1", EventType.AirStrike, "بغارة", When(Day), sarmada with { Span = SpanOf(d, "سرمدا", 1) },
            Actor(d, "للتحالف الدولي", "coalition", "International Coalition", ActorKind.StateForce),
            Actor(d, "تنظيم داعش", "isis", "Islamic State", ActorKind.ArmedGroup), 2, "قياديان")]);
        return d;
    }

    public static Document SecondOutlet()
    {
        var d = Article(SecondOutletText, "beta-7", "https://beta.example/news/7", Day);
        var road = Place(d, "باب الهوى", Gazetteer.BabAlHawa);
        d.SetLayer([Place(d, "سرمدا", Gazetteer.Sarmada) with { Span = SpanOf(d, "سرمدا") }, road]);
        d.SetLayer([Entity(d, "داعش", "isis", "Islamic State", ActorKind.ArmedGroup)]);
        d.SetLayer([Event(d, "e1", EventType.AirStrike, "استهدفت طائرة مسيّرة", When(Day), road,
            Actor(d, "للتحالف الدولي", "coalition", "International Coalition", ActorKind.StateForce),
            Actor(d, "تنظيم داعش", "isis", "Islamic State", ActorKind.ArmedGroup), 2, "شخصين", Certainty.Speculative)]);
        return d;
    }

    public static Document Syndicated()
    {
        var d = Article(SyndicatedText, "gamma-55", "https://gamma.example/a/55", Day);
        var sarmada = Place(d, "سرمدا", Gazetteer.Sarmada);
        d.SetLayer([sarmada]);
        d.SetLayer([Entity(d, "داعش", "isis", "Islamic State", ActorKind.ArmedGroup)]);
        d.SetLayer([Event(d, "e1", EventType.AirStrike, "بغارة", When(Day), sarmada,
            Actor(d, "للتحالف الدولي", "coalition", "International Coalition", ActorKind.StateForce),
            Actor(d, "تنظيم داعش", "isis", "Islamic State", ActorKind.ArmedGroup), 2, "قياديان")]);
        return d;
    }

    public static Document Shelling()
    {
        var d = Article(ShellingText, "delta-3", "https://delta.example/3", Day);
        var manbij = Place(d, "منبج", Gazetteer.Manbij) with { Span = SpanOf(d, "منبج", 1) };
        d.SetLayer([manbij]);
        d.SetLayer([Entity(d, "القوات التركية", "tsk", "Turkish Armed Forces", ActorKind.StateForce), Entity(d, "قوات سوريا الديمقراطية", "sdf", "Syrian Democratic Forces", ActorKind.ArmedGroup)]);
        d.SetLayer([Event(d, "e1", EventType.Shelling, "قصفت", When(Day), manbij,
            Actor(d, "القوات التركية", "tsk", "Turkish Armed Forces", ActorKind.StateForce))]);
        return d;
    }

    public static Document LeadersClaim()
    {
        var d = Article(ClaimText, "epsilon-9", "https://epsilon.example/report", new DateOnly(2020, 9, 20));
        var barisha = Place(d, "باريشا", Gazetteer.Barisha);
        d.SetLayer([barisha]);
        d.SetLayer([Entity(d, "داعش", "isis", "Islamic State", ActorKind.ArmedGroup)]);
        d.SetLayer([Claim(d, "قياديي تنظيم داعش", "isis", "Islamic State", Movement.Moved, "انتقلوا", barisha,
            When(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), DatePrecision.Year), Certainty.Speculative, "صحفي سوري يعيش في المنطقة")]);
        return d;
    }
}
