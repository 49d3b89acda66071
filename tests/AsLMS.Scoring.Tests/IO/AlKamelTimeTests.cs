using AsLMS.Scoring.IO.AlKamel;
using NodaTime;

namespace AsLMS.Scoring.Tests.IO;

public sealed class AlKamelTimeTests
{
    [Theory]
    [InlineData("59.123", 59_123)] // seconds only
    [InlineData("1:23.456", 83_456)] // 60 + 23.456
    [InlineData("1'51.631", 111_631)] // apostrophe minutes: 60 + 51.631
    [InlineData("1'00.569", 60_569)]
    [InlineData("1:05:26.775", 3_926_775)] // 3600 + 5*60 + 26.775
    [InlineData("4:00'29.711", 14_429_711)] // 4*3600 + 29.711
    [InlineData("24:02:53.332", 86_573_332)] // 24*3600 + 2*60 + 53.332 (the Le Mans winner's elapsed)
    [InlineData("0:00:56.971", 56_971)] // a PIT_TIME
    [InlineData("3:54.5", 234_500)] // one fraction digit is tenths
    [InlineData("45", 45_000)]
    [InlineData(" 2:00.000 ", 120_000)]
    public void TryParse_AlKamelTimes_AreExact(string text, long milliseconds)
    {
        Assert.True(AlKamelTime.TryParse(text, out var duration));
        Assert.Equal(Duration.FromMilliseconds(milliseconds), duration);
    }

    [Fact]
    public void TryParse_NanosecondFraction_IsKept()
    {
        Assert.True(AlKamelTime.TryParse("1.000000001", out var duration));
        Assert.Equal(Duration.FromSeconds(1) + Duration.FromNanoseconds(1), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2 Laps")]
    [InlineData("1:60.000")] // seconds must be below 60 after a separator
    [InlineData("1:2:3:4")] // at most hours, minutes, seconds
    [InlineData("1::00")]
    [InlineData("1:23.")]
    [InlineData("1:23.4567890123")] // more than nine fraction digits
    [InlineData("-1:00")]
    [InlineData("1:2x.000")]
    [InlineData("1:123")]
    public void TryParse_NotATime_IsRefused(string text)
        => Assert.False(AlKamelTime.TryParse(text, out _));
}
