namespace Athar.Time;

/// <summary>
/// Where the parts of a month or a year fall. Month thirds follow Arabic usage (مطلع 1–10, منتصف 11–20,
/// أواخر 21–end); a year is cut the same way into thirds of four months, so «نهاية عام 2017» is
/// September–December: wide enough to hold the event, narrow enough to be worth stating.
/// </summary>
internal static class PeriodParts
{
    public static (int First, int Last) DaysOfMonth(PeriodPart part) => part switch
    {
        PeriodPart.Early => (1, 10),
        PeriodPart.Mid => (11, 20),
        PeriodPart.Late => (21, 31),
        PeriodPart.FirstHalf => (1, 15),
        _ => (16, 31),
    };

    public static (int First, int Last) MonthsOfYear(PeriodPart part) => part switch
    {
        PeriodPart.Early => (1, 4),
        PeriodPart.Mid => (5, 8),
        PeriodPart.Late => (9, 12),
        PeriodPart.FirstHalf => (1, 6),
        _ => (7, 12),
    };
}
