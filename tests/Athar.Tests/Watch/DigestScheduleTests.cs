using Athar.Input;
using Athar.Watch;

namespace Athar.Tests.Watch;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2024, 5, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void An_immediate_list_is_always_due()
    {
        Assert.True(DigestSchedule.Immediate.IsDue(At(2, 9), At(2, 8, 59), Utc));
        Assert.True(DigestSchedule.Parse("immediate").IsDue(At(2, 9), null, Utc));
    }

    [Fact]
    public void A_daily_list_is_due_once_after_its_time_each_day()
    {
        var daily = DigestSchedule.Parse("07:00");
        Assert.False(daily.IsDue(At(2, 6, 59), At(1, 7, 5), Utc));   // before today's 07:00, yesterday's was made
        Assert.True(daily.IsDue(At(2, 7, 0), At(1, 7, 5), Utc));     // today's time has come
        Assert.False(daily.IsDue(At(2, 9, 0), At(2, 7, 1), Utc));    // made at 07:01 today already
        Assert.True(daily.IsDue(At(3, 1, 0), At(1, 7, 1), Utc));     // yesterday's slot was missed: made now
        Assert.True(daily.IsDue(At(2, 8), null, Utc));
        Assert.Equal("daily 07:00", daily.ToString());
        Assert.Equal(daily, DigestSchedule.Parse(daily.ToString()));
    }

    [Fact]
    public void A_daily_time_is_read_in_the_given_time_zone()
    {
        var plus3 = TimeZoneInfo.CreateCustomTimeZone("UTC+3", TimeSpan.FromHours(3), "UTC+3", "UTC+3");
        var daily = DigestSchedule.Parse("daily 07:00");
        Assert.False(daily.IsDue(At(2, 3, 59), At(1, 5, 0), plus3)); // 06:59 there
        Assert.True(daily.IsDue(At(2, 4, 0), At(1, 5, 0), plus3));   // 07:00 there
    }

    [Theory]
    [InlineData("7")]
    [InlineData("daily")]
    [InlineData("24:00")]
    [InlineData("weekly 07:00")]
    public void Other_schedules_are_refused(string text) => Assert.Throws<UserInputException>(() => DigestSchedule.Parse(text));
}
