using System.Globalization;
using Athar.Text;
using Athar.Time;

namespace Athar.Tests.Time;

public class TimeLexiconTests
{
    /// <summary>The month table is written by hand; .NET's ICU cultures are the independent source it must agree with.</summary>
    [Theory]
    [InlineData("ar-SY", CalendarSystem.Gregorian)]
    [InlineData("ar-LB", CalendarSystem.Gregorian)]
    [InlineData("ar-IQ", CalendarSystem.Gregorian)]
    [InlineData("ar-EG", CalendarSystem.Gregorian)]
    [InlineData("ar-DZ", CalendarSystem.Gregorian)]
    [InlineData("ar-TN", CalendarSystem.Gregorian)]
    [InlineData("ar-MA", CalendarSystem.Gregorian)]
    [InlineData("ar-SA", CalendarSystem.Hijri)]
    public void MonthTable_covers_every_culture_month_name(string culture, CalendarSystem calendar)
    {
        var names = CultureInfo.GetCultureInfo(culture).DateTimeFormat.MonthNames;
        if (names[0] == "January")
            return; // invariant globalisation (no ICU): nothing to compare against
        var table = TimeLexicon.Default.MonthNames.ToLookup(m => m.Name);
        for (var i = 0; i < 12; i++)
        {
            var key = MatchingForm.OfPhrase(names[i]);
            Assert.True(table[key].Any(m => m.Number == i + 1 && m.Calendar == calendar), $"{culture}: «{names[i]}» (month {i + 1}) is missing from Time/months.tsv");
        }
    }

    [Fact]
    public void Every_lexicon_loads_and_knows_its_words()
    {
        var lexicon = TimeLexicon.Default;
        Assert.Contains(lexicon.MonthNames, m => m.Name == MatchingForm.OfPhrase("تشرين الأول") && m.Number == 10);
        Assert.Contains(lexicon.MonthNames, m => m.Name == MatchingForm.OfPhrase("جويلية") && m.Number == 7);
        Assert.Contains(lexicon.MonthNames, m => m.Name == MatchingForm.OfPhrase("ذو القعدة") && m.Calendar == CalendarSystem.Hijri);
    }
}
