using AsLMS.Scoring.IO.AlKamel;

namespace AsLMS.Scoring.Tests.IO;

public sealed class DriverIdTests
{
    [Theory]
    [InlineData("Pierre THIRIET", "pierre-thiriet")]
    [InlineData("Sébastien CRUBILÉ", "sebastien-crubile")]
    [InlineData("Sebastien  CRUBILE", "sebastien-crubile")] // the same driver without accents and with a double space
    [InlineData("Anthony WELLS ", "anthony-wells")] // trailing space, as in the ELMS 2014 Silverstone file
    [InlineData("Alexander TALKANITSA JR", "alexander-talkanitsa-jr")]
    [InlineData("Jean-Marc MERLIN", "jean-marc-merlin")]
    [InlineData("Nicklas NIELSEN", "nicklas-nielsen")]
    [InlineData("Søren ÆRØ", "soren-aero")]
    [InlineData("Łukasz ĘĆ", "lukasz-ec")]
    [InlineData("Nico D'AMBROSIO Jr.", "nico-dambrosio-jr")]
    [InlineData("Jürgen GROß", "jurgen-gross")]
    [InlineData("Kamui KOBAYASHI", "kamui-kobayashi")]
    [InlineData("小林 可夢偉", "小林-可夢偉")] // other scripts are kept
    public void DriverIdOf_Name_IsStableAcrossSpellings(string name, string id)
        => Assert.Equal(new DriverId(id), AlKamelReader.DriverIdOf(name));

    [Fact]
    public void DriverIdOf_Blank_IsAProgrammingError()
        => Assert.Throws<ArgumentException>(() => AlKamelReader.DriverIdOf("  "));
}
