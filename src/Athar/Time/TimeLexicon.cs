using System.Collections.Frozen;
using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Time;

internal sealed record MonthName(int Number, CalendarSystem Calendar, bool NeedsContext);

internal sealed record WeekdayName(DayOfWeek Day, bool NeedsContext);

internal sealed record RelativeDay(int Offset, string? TimeOfDay);

internal sealed record SeasonName(int FirstMonth, int LastMonth);

internal sealed record ShiftWord(int Shift, bool Before);

internal sealed record UnitWord(TimeUnit Unit, Count Count, bool AlsoGeneral)
{
    public bool IsDefinite { get; init; }
}

internal sealed record AnaphoraWord(TimeUnit Unit, int Shift);

[Flags]
internal enum MarkerRole
{
    None = 0,
    Of = 1 << 0,
    DayWord = 1 << 1,
    MonthWord = 1 << 2,
    Hijri = 1 << 3,
    Gregorian = 1 << 4,
    Ago = 1 << 5,
    After = 1 << 6,
    BeforeThat = 1 << 7,
    AfterThat = 1 << 8,
    Within = 1 << 9,
    About = 1 << 10,
    Few = 1 << 11,
    Little = 1 << 12,
    Until = 1 << 13,
    YearPreposition = 1 << 14,
    OrdinalSuffix = 1 << 15,
    GeneralNoun = 1 << 16,
    FirstDay = 1 << 17,
    Since = 1 << 18,
}

/// <summary>
/// The words of date expressions, loaded once from the TSV files beside this class (Time/*.tsv).
/// Code holds the grammar (<see cref="DateParser"/>) and the arithmetic (<see cref="DateResolver"/>).
/// </summary>
public sealed class TimeLexicon
{
    private TimeLexicon()
    {
        Months = PhraseTable<MonthName>.Load("Time/months.tsv", r => new MonthName(Int(r[1]), r.Enum<CalendarSystem>(2), Flag(r, 4, "needs-context")));
        Weekdays = PhraseTable<WeekdayName>.Load("Time/weekdays.tsv", r => new WeekdayName((DayOfWeek)Int(r[1]), Flag(r, 2, "needs-context")));
        Parts = PhraseTable<PeriodPart>.Load("Time/period-parts.tsv", r => r.Enum<PeriodPart>(1));
        Seasons = PhraseTable<SeasonName>.Load("Time/seasons.tsv", r => new SeasonName(Int(r[1]), Int(r[2])));
        TimesOfDay = PhraseTable<TimeOfDay>.Load("Time/times-of-day.tsv", r => new TimeOfDay(r[1], r[2] == "1"));
        var labels = TimesOfDay.Entries.Select(e => e.Value).DistinctBy(t => t.Label).ToFrozenDictionary(t => t.Label);
        RelativeDays = PhraseTable<RelativeDay>.Load("Time/relative-days.tsv", r => new RelativeDay(Int(r[1]), Column(r, 2)));
        foreach (var (phrase, day) in RelativeDays.Entries)
        {
            if (day.TimeOfDay is { } label && !labels.ContainsKey(label))
                throw new InvalidDataException($"Time/relative-days.tsv: '{phrase}' names an unknown time of day '{label}'");
        }
        TimeOfDayLabels = labels;
        Shifts = PhraseTable<ShiftWord>.Load("Time/shifts.tsv", r => new ShiftWord(Int(r[1]), r[2] == "before"));
        Units = PhraseTable<UnitWord>.Load("Time/units.tsv", r => new UnitWord(r.Enum<TimeUnit>(1), Count(r[2]), Flag(r, 3, "general")) { IsDefinite = Clitics.HasArticle(r.Key) });
        Anaphora = PhraseTable<AnaphoraWord>.Load("Time/anaphora.tsv", r => new AnaphoraWord(r.Enum<TimeUnit>(1), Int(r[2])));
        Markers = PhraseTable<MarkerRole>.Load("Time/markers.tsv", r => r.Enum<MarkerRole>(1), (a, b) => a | b);
        var wordTables = new[]
        {
            Months.FirstWords, Weekdays.FirstWords, Parts.FirstWords, Seasons.FirstWords, TimesOfDay.FirstWords, RelativeDays.FirstWords,
            Shifts.FirstWords, Units.FirstWords, Anaphora.FirstWords,
        }.SelectMany(s => s).ToList();
        FirstWords = wordTables.Concat(Markers.FirstWords).ToFrozenSet();
        const MarkerRole starting = MarkerRole.DayWord | MarkerRole.MonthWord | MarkerRole.Ago | MarkerRole.After | MarkerRole.BeforeThat
            | MarkerRole.AfterThat | MarkerRole.Within | MarkerRole.Since | MarkerRole.FirstDay;
        StartWords = wordTables.Concat(Markers.Entries.Where(e => (e.Value & starting) != 0).Select(e => e.Key.Split(' ')[0])).ToFrozenSet();
    }

    public static TimeLexicon Default { get; } = new();

    internal PhraseTable<MonthName> Months { get; }
    internal PhraseTable<WeekdayName> Weekdays { get; }
    internal PhraseTable<PeriodPart> Parts { get; }
    internal PhraseTable<SeasonName> Seasons { get; }
    internal PhraseTable<TimeOfDay> TimesOfDay { get; }
    internal FrozenDictionary<string, TimeOfDay> TimeOfDayLabels { get; }
    internal PhraseTable<RelativeDay> RelativeDays { get; }
    internal PhraseTable<ShiftWord> Shifts { get; }
    internal PhraseTable<UnitWord> Units { get; }
    internal PhraseTable<AnaphoraWord> Anaphora { get; }
    internal PhraseTable<MarkerRole> Markers { get; }

    /// <summary>First words of every phrase in every table (a proclitic before one of them is trimmed from a date's span).</summary>
    internal FrozenSet<string> FirstWords { get; }

    /// <summary>First words that can begin a date (not «في», «من» …): a token none of whose readings is here starts no date in words.</summary>
    internal FrozenSet<string> StartWords { get; }

    /// <summary>Month names (matching form) and numbers, for checking the table against other sources.</summary>
    public IEnumerable<(string Name, int Number, CalendarSystem Calendar)> MonthNames =>
        Months.Entries.Select(e => (e.Key, e.Value.Number, e.Value.Calendar));

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string? Column(LexiconRow row, int i) => row.Length > i && row[i].Length > 0 ? row[i] : null;

    private static bool Flag(LexiconRow row, int i, string flag) => Column(row, i) == flag;

    private static Count Count(string s)
    {
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? Time.Count.Exactly(Int(s)) : new Count(Int(s[..dash]), Int(s[(dash + 1)..]));
    }
}
