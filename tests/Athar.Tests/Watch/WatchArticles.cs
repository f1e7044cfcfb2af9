using Athar.Tests.Cli;

namespace Athar.Tests.Watch;

/// <summary>
/// Short articles in the style of Arabic news, written for these tests (no outlet's text): a commander of
/// ISIS reported first in the Deir ez-Zor countryside, then said to have moved to Jarablus, where a drone
/// strike hits a house the same week; and an unrelated shelling north of Manbij.
/// </summary>
internal static class WatchArticles
{
    public const string Commander = "أبو حفص الجزراوي";

    public const string DeirEzzor =
        "قيادي في داعش يتنقل في ريف دير الزور\n" +
        "قالت مصادر محلية إن القيادي في تنظيم داعش أبو حفص الجزراوي انتقل إلى بلدة الشحيل في ريف دير الزور الشرقي مطلع آذار 2024، بحسب ما نقل مراسل شبكة محلية.";

    public const string JarablusSentence =
        "قالت مصادر أمنية إن القيادي في تنظيم داعش أبو حفص الجزراوي انتقل إلى مدينة جرابلس في ريف حلب الشمالي أواخر نيسان 2024، ويُرجّح أنه دخل بهوية مزورة.";

    public const string Jarablus =
        "مصادر: قيادي داعشي ينتقل إلى ريف حلب الشمالي\n" + JarablusSentence + "\n" +
        "وقُتل ثلاثة عناصر من تنظيم داعش، مساء الأحد، بغارة نفذتها طائرة مسيّرة تابعة للتحالف الدولي على منزل في أطراف مدينة جرابلس.";

    public const string Manbij =
        "قصف مدفعي على قرى شمال منبج\n" +
        "قصفت القوات التركية بالمدفعية الثقيلة، صباح الخميس، قرى في ريف منبج الشمالي، ما أدى إلى إصابة مدنيين اثنين بجروح، وفق ما أفاد ناشطون محليون.";

    /// <summary>Ingests one article into a store with the real pipeline, as `athar ingest FILE --published --url` does.</summary>
    public static void Ingest(TempDir dir, string db, string name, string text, string published, string url)
    {
        var file = dir.File(name + ".txt", text);
        var (code, _, stderr) = CliRunner.Run("ingest", file, "--db", db, "--published", published, "--url", url, "--jobs", "1");
        Assert.True(code == 0, stderr);
    }
}
