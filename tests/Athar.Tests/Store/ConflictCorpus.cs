using System.Globalization;
using System.Text.Json;

namespace Athar.Tests.Store;

/// <summary>
/// Conflict-style articles written for the store tests (no outlet's text): strikes, shellings and clashes in
/// Syrian towns on days of 2023, each incident told by several outlets in their own words, so ingest fuses
/// reports across articles. Every article's text is distinct; the same seed gives the same articles.
/// </summary>
internal static class ConflictCorpus
{
    private static readonly string[] Towns = ["سراقب", "أريحا", "معرة النعمان", "جسر الشغور", "كفرنبل", "منبج", "الباب", "تل رفعت", "دارة عزة", "الأتارب"];
    private static readonly string[] Outlets = ["alpha-news.example", "beta-post.example", "gamma-daily.example", "delta-wire.example"];

    private static readonly string[] Templates =
    [
        "قصفت طائرات حربية مدينة {0} يوم {1}، ما أدى إلى مقتل {2} مدنيين وإصابة {3} آخرين بجروح، بحسب ما أفاد مراسل {4}.",
        "قُتل {2} مدنيين وأصيب {3} آخرون، يوم {1}، جراء غارات جوية استهدفت أحياء سكنية في {0}، وفق مصادر محلية تحدثت إلى {4}.",
        "اندلعت اشتباكات عنيفة قرب {0} يوم {1} بين فصائل المعارضة وقوات النظام، قُتل فيها {2} مقاتلين، بحسب {4}.",
        "استهدف قصف مدفعي بلدة {0} يوم {1}، وقالت فرق الدفاع المدني إن {2} أشخاص قتلوا وأصيب {3}، كما نقل {4}.",
    ];

    /// <summary>The article with that number: the incident it tells is number / 3 (three outlets tell each).</summary>
    public static (string Id, string Text, string Published, string Url) Article(int n)
    {
        var incident = n / 3;
        var day = new DateOnly(2023, 1, 1).AddDays(incident * 3 % 360); // three days apart: incidents never overlap in time
        var town = Towns[incident % Towns.Length];
        var outlet = Outlets[n % Outlets.Length];
        var template = Templates[incident % Templates.Length]; // one kind of incident, told alike by each outlet
        var date = day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("ar-SY"));
        var text = string.Format(CultureInfo.InvariantCulture, template, town, date, 2 + (incident % 9), 1 + (n % 5), outlet)
            + string.Create(CultureInfo.InvariantCulture, $" (تقرير رقم {n})");
        return ($"c{n:D5}", text, day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"https://{outlet}/news/{n}");
    }

    /// <summary>Writes articles [from, to) as one JSONL batch (the format `athar ingest` reads).</summary>
    public static string Write(string path, int from, int to) => Write(path, Enumerable.Range(from, to - from));

    public static string Write(string path, IEnumerable<int> numbers)
    {
        File.WriteAllLines(path, numbers.Select(Article).Select(a => JsonSerializer.Serialize(new { id = a.Id, text = a.Text, published = a.Published, url = a.Url })));
        return path;
    }
}
