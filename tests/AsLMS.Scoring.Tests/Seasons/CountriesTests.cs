using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed class CountriesTests
{
    // Every nationality code in the history notes' champions and races tables (2009 to 2025-26), written down so the check
    // runs without ../shared; SharedData_EveryHistoryCodeMaps re-reads the file when it is present. The region is the one
    // the library's UN M49 reading gives, which decides the 2013 "Asian" and 2014 "Asian or Oceanian" crew rules.
    public static TheoryData<string, string, WorldRegion> HistoryCodes => new()
    {
        { "AUS", "AUS", WorldRegion.Oceania },
        { "AUT", "AUT", WorldRegion.Europe },
        { "BRA", "BRA", WorldRegion.SouthAmerica },
        { "CAN", "CAN", WorldRegion.NorthAmerica },
        { "CHE", "CHE", WorldRegion.Europe },
        { "CHN", "CHN", WorldRegion.Asia },
        { "CZE", "CZE", WorldRegion.Europe },
        { "DEN", "DNK", WorldRegion.Europe },
        { "DEU", "DEU", WorldRegion.Europe },
        { "DNK", "DNK", WorldRegion.Europe },
        { "ESP", "ESP", WorldRegion.Europe },
        { "FIN", "FIN", WorldRegion.Europe },
        { "FRA", "FRA", WorldRegion.Europe },
        { "GBR", "GBR", WorldRegion.Europe },
        { "GER", "DEU", WorldRegion.Europe },
        { "GRE", "GRC", WorldRegion.Europe },
        { "HKG", "HKG", WorldRegion.Asia },
        { "IRE", "IRL", WorldRegion.Europe },
        { "ITA", "ITA", WorldRegion.Europe },
        { "JPN", "JPN", WorldRegion.Asia },
        { "KNA", "KNA", WorldRegion.NorthAmerica },
        { "KOR", "KOR", WorldRegion.Asia },
        { "LTU", "LTU", WorldRegion.Europe },
        { "LUX", "LUX", WorldRegion.Europe },
        { "MAC", "MAC", WorldRegion.Asia },
        { "MCO", "MCO", WorldRegion.Europe },
        { "MYS", "MYS", WorldRegion.Asia },
        { "NED", "NLD", WorldRegion.Europe },
        { "NZL", "NZL", WorldRegion.Oceania },
        { "POL", "POL", WorldRegion.Europe },
        { "PRT", "PRT", WorldRegion.Europe },
        { "RUS", "RUS", WorldRegion.Europe },
        { "SGP", "SGP", WorldRegion.Asia },
        { "SVK", "SVK", WorldRegion.Europe },
        { "TAI", "TWN", WorldRegion.Asia },
        { "THA", "THA", WorldRegion.Asia },
        { "TUR", "TUR", WorldRegion.Asia },
        { "TWN", "TWN", WorldRegion.Asia },
        { "UAE", "ARE", WorldRegion.Asia },
        { "USA", "USA", WorldRegion.NorthAmerica },
        { "VEN", "VEN", WorldRegion.SouthAmerica },
    };

    [Theory]
    [MemberData(nameof(HistoryCodes))]
    public void RegionOf_HistoryCode_MapsToItsIsoCountryAndRegion(string code, string iso, WorldRegion region)
    {
        Assert.Equal(iso, Countries.ToIso(code));
        Assert.Equal(region, Countries.RegionOf(code));
    }

    [SharedDataFact(HistoryNotes.RelativePath)]
    public void SharedData_EveryHistoryCodeMaps()
    {
        var codes = HistoryNotes.NationalityCodes(HistoryNotes.Read());
        var written = HistoryCodes.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.True(codes.Count >= 30, $"Only {codes.Count} codes were read from the history notes: the table parsing is broken.");
        Assert.DoesNotContain(codes, c => Countries.Find(c) is null);
        Assert.Equal(written.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Find_AnyLetterCaseAndSpaces_FindsTheSameCountry()
    {
        Assert.Same(Countries.Find("HKG"), Countries.Find(" hkg "));
        Assert.Equal("Hong Kong", Countries.Find("hkg")!.Name);
    }

    [Fact]
    public void Find_UnknownOrEmpty_IsNull()
    {
        Assert.Null(Countries.Find("XXX"));
        Assert.Null(Countries.Find(""));
        Assert.Null(Countries.Find(null));
        Assert.Null(Countries.RegionOf("ATA"));
    }

    [Fact]
    public void Find_IsoCodeThatIsAlsoAnIocCode_KeepsItsIsoMeaning()
    {
        // The IOC writes BRN for Bahrain; in ISO 3166-1 BRN is Brunei, and ISO wins.
        Assert.Equal("Brunei Darussalam", Countries.Find("BRN")!.Name);
        Assert.Equal("BHR", Countries.ToIso("BHR"));
    }

    [Fact]
    public void All_CodesAreUniqueThreeLetterIsoCodes_AndNoAliasIsACode()
    {
        var codes = Countries.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Equal(248, codes.Count); // ISO 3166-1 lists 249 codes; Antarctica (ATA) has no region and is left out.

        var aliases = Countries.All.SelectMany(c => c.Aliases).ToList();
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(aliases.Intersect(codes, StringComparer.Ordinal));
        Assert.All(Countries.All.Where(c => !c.Aliases.IsEmpty), c => Assert.All(c.Aliases, a => Assert.Same(c, Countries.Find(a))));
    }

    [Fact]
    public void RegionOf_AsianAndOceanianNeighbours_FollowUnM49()
    {
        Assert.Equal(WorldRegion.Oceania, Countries.RegionOf("AUS"));
        Assert.Equal(WorldRegion.Oceania, Countries.RegionOf("NZL"));
        Assert.Equal(WorldRegion.Asia, Countries.RegionOf("IDN"));
        Assert.Equal(WorldRegion.Asia, Countries.RegionOf("CYP"));
        Assert.Equal(WorldRegion.Europe, Countries.RegionOf("RUS"));
        Assert.Equal(WorldRegion.NorthAmerica, Countries.RegionOf("MEX"));
        Assert.Equal(WorldRegion.Africa, Countries.RegionOf("ZAF"));
    }
}
