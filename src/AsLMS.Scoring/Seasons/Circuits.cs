using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Seasons;

/// <summary>The circuits of the built-in calendars, each with the TZDB time zone its local start times are in.</summary>
internal static class Circuits
{
    // Asian Le Mans Series
    public static readonly Circuit Okayama = Of("Okayama International Circuit", "JPN", "Asia/Tokyo");
    public static readonly Circuit Inje = Of("Inje Speedium", "KOR", "Asia/Seoul");
    public static readonly Circuit Fuji = Of("Fuji Speedway", "JPN", "Asia/Tokyo");
    public static readonly Circuit Zhuhai = Of("Zhuhai International Circuit", "CHN", "Asia/Shanghai");
    public static readonly Circuit Shanghai = Of("Shanghai International Circuit", "CHN", "Asia/Shanghai");
    public static readonly Circuit Sepang = Of("Sepang International Circuit", "MYS", "Asia/Kuala_Lumpur");
    public static readonly Circuit Buriram = Of("Chang International Circuit", "THA", "Asia/Bangkok");
    public static readonly Circuit TheBend = Of("The Bend Motorsport Park", "AUS", "Australia/Adelaide");
    public static readonly Circuit Dubai = Of("Dubai Autodrome", "ARE", "Asia/Dubai");
    public static readonly Circuit YasMarina = Of("Yas Marina Circuit", "ARE", "Asia/Dubai");

    // FIA WEC 2025
    public static readonly Circuit Lusail = Of("Lusail International Circuit", "QAT", "Asia/Qatar");
    public static readonly Circuit Imola = Of("Autodromo Internazionale Enzo e Dino Ferrari", "ITA", "Europe/Rome");
    public static readonly Circuit Spa = Of("Circuit de Spa-Francorchamps", "BEL", "Europe/Brussels");
    public static readonly Circuit LeMans = Of("Circuit de la Sarthe", "FRA", "Europe/Paris");
    public static readonly Circuit Interlagos = Of("Autódromo José Carlos Pace (Interlagos)", "BRA", "America/Sao_Paulo");
    public static readonly Circuit Cota = Of("Circuit of the Americas", "USA", "America/Chicago");
    public static readonly Circuit Bahrain = Of("Bahrain International Circuit", "BHR", "Asia/Bahrain");

    // ELMS 2024
    public static readonly Circuit Barcelona = Of("Circuit de Barcelona-Catalunya", "ESP", "Europe/Madrid");
    public static readonly Circuit PaulRicard = Of("Circuit Paul Ricard", "FRA", "Europe/Paris");
    public static readonly Circuit Mugello = Of("Mugello Circuit", "ITA", "Europe/Rome");
    public static readonly Circuit Portimao = Of("Algarve International Circuit", "PRT", "Europe/Lisbon");

    private static Circuit Of(string name, string country, string zone)
        => new() { Name = name, Country = country, TimeZone = DateTimeZoneProviders.Tzdb[zone] };
}
