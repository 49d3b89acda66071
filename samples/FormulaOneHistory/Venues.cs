namespace FormulaOneHistory;

/// <summary>The country of each Grand Prix, for the calendar (the f1db export names the Grand Prix, not the circuit).</summary>
public static class Venues
{
    /// <summary>The ISO 3166 user-assigned code used when a Grand Prix's country varied over the years (the European Grand Prix).</summary>
    public const string Varied = "XXX";

    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["70th-anniversary"] = "GBR", ["abu-dhabi"] = "ARE", ["argentina"] = "ARG", ["australia"] = "AUS", ["austria"] = "AUT",
        ["azerbaijan"] = "AZE", ["bahrain"] = "BHR", ["belgium"] = "BEL", ["brazil"] = "BRA", ["caesars-palace"] = "USA",
        ["canada"] = "CAN", ["china"] = "CHN", ["dallas"] = "USA", ["detroit"] = "USA", ["eifel"] = "DEU", ["emilia-romagna"] = "ITA",
        ["france"] = "FRA", ["germany"] = "DEU", ["great-britain"] = "GBR", ["hungary"] = "HUN", ["india"] = "IND",
        ["indianapolis"] = "USA", ["italy"] = "ITA", ["japan"] = "JPN", ["korea"] = "KOR", ["las-vegas"] = "USA", ["luxembourg"] = "DEU",
        ["malaysia"] = "MYS", ["mexico"] = "MEX", ["mexico-city"] = "MEX", ["miami"] = "USA", ["monaco"] = "MCO", ["morocco"] = "MAR",
        ["netherlands"] = "NLD", ["pacific"] = "JPN", ["pescara"] = "ITA", ["portugal"] = "PRT", ["qatar"] = "QAT", ["russia"] = "RUS",
        ["sakhir"] = "BHR", ["san-marino"] = "ITA", ["sao-paulo"] = "BRA", ["saudi-arabia"] = "SAU", ["singapore"] = "SGP",
        ["south-africa"] = "ZAF", ["spain"] = "ESP", ["styria"] = "AUT", ["sweden"] = "SWE", ["switzerland"] = "CHE", ["turkey"] = "TUR",
        ["tuscany"] = "ITA", ["united-states"] = "USA", ["united-states-west"] = "USA", ["vietnam"] = "VNM",
    };

    /// <summary>Gets the ISO 3166-1 alpha-3 country of a Grand Prix, or <see cref="Varied"/> when unknown or varied.</summary>
    /// <param name="grandPrixId">The f1db Grand Prix id.</param>
    /// <returns>The country code.</returns>
    public static string CountryOf(string grandPrixId) => Countries.GetValueOrDefault(grandPrixId, Varied);
}
