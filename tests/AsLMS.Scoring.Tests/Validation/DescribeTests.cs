using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.Tests.Validation;

// How failure messages name races, cars and drivers: by name with the identifier when there is a name worth giving, else by the
// identifier alone.
public sealed class DescribeTests
{
    private static readonly Race Sepang = new() { Id = "R1", Round = 1, Name = "4 Hours of Sepang", Date = new LocalDate(2024, 12, 1) };

    [Fact]
    public void Race_Named_NameThenId()
        => Assert.Equal("4 Hours of Sepang (R1)", Describe.Race(Sepang, "R1"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("R1")]
    public void Race_NameBlankOrTheIdItself_IdOnly(string name)
        => Assert.Equal("race 'R1'", Describe.Race(Sepang with { Name = name }, "R1"));

    [Fact]
    public void Race_NotInTheCalendar_IdOnly()
        => Assert.Equal("race 'R9'", Describe.Race(null, "R9"));

    [Fact]
    public void Car_WithoutEntry_NumberOnly()
        => Assert.Equal("car #7", Describe.Car("7", null));

    [Fact]
    public void Car_WithEntry_NumberAndEntrant()
        => Assert.Equal("car #4 (Phoenix Racing)", Describe.Car("4", new Entry { Car = "4", Entrant = "Phoenix Racing", Class = "LMP2" }));

    [Fact]
    public void Driver_Known_IdAndName()
        => Assert.Equal("driver 'D001' (Akira Tanaka)", Describe.Driver("D001", new Driver { Id = "D001", Name = "Akira Tanaka" }));

    [Fact]
    public void Driver_Unknown_IdOnly()
        => Assert.Equal("driver 'D001'", Describe.Driver("D001", null));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Driver_BlankName_IdOnly(string name)
        => Assert.Equal("driver 'D001'", Describe.Driver("D001", new Driver { Id = "D001", Name = name }));
}
