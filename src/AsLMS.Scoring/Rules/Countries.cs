using System.Collections.Frozen;
using static AsLMS.Scoring.Rules.WorldRegion;

namespace AsLMS.Scoring.Rules;

/// <summary>
/// The built-in country table for nationality rules: every ISO 3166-1 alpha-3 code with a region of the world, plus the
/// IOC or FIA-style codes that motorsport sources use instead (<c>GER</c>, <c>DEN</c>, <c>NED</c>, <c>TAI</c>, <c>UAE</c>...).
/// </summary>
/// <remarks>
/// <para><b>Regions</b> follow the continental regions of the UN M49 standard, with the Americas split into
/// <see cref="WorldRegion.NorthAmerica"/> (North and Central America and the Caribbean) and <see cref="WorldRegion.SouthAmerica"/>.
/// So Turkey, Cyprus, Georgia, Armenia and Azerbaijan are in <see cref="WorldRegion.Asia"/> (M49 Western Asia), Russia is in
/// <see cref="WorldRegion.Europe"/>, Saint Kitts and Nevis (<c>KNA</c>, a licence nationality seen in the AsLMS) is in
/// <see cref="WorldRegion.NorthAmerica"/>. Antarctica (<c>ATA</c>) belongs to no region and is not listed.
/// No AsLMS regulation text defining "Asian" was found; the M49 reading is this library's documented choice.</para>
/// <para><b>Aliases.</b> A source may write <c>GER</c> for Germany or <c>TAI</c> for Taiwan (the project's history notes do).
/// Every lookup accepts an ISO code or a listed alias, in any letter case, and <see cref="ToIso"/> normalises to ISO. An alias is
/// only listed when it is not the ISO code of another country, so an ISO code always means its ISO country (<c>BRN</c> is
/// Brunei, never the IOC's Bahrain).</para>
/// <para>This type is stateless and thread-safe: its table is built once and never changes.</para>
/// </remarks>
public static class Countries
{
    private static readonly (string Code, string Name, WorldRegion Region)[] Table =
    [
        // Africa
        ("DZA", "Algeria", Africa), ("AGO", "Angola", Africa), ("BEN", "Benin", Africa), ("BWA", "Botswana", Africa),
        ("IOT", "British Indian Ocean Territory", Africa), ("BFA", "Burkina Faso", Africa), ("BDI", "Burundi", Africa),
        ("CPV", "Cabo Verde", Africa), ("CMR", "Cameroon", Africa), ("CAF", "Central African Republic", Africa), ("TCD", "Chad", Africa),
        ("COM", "Comoros", Africa), ("COG", "Congo", Africa), ("COD", "Congo, Democratic Republic of the", Africa),
        ("CIV", "Côte d'Ivoire", Africa), ("DJI", "Djibouti", Africa), ("EGY", "Egypt", Africa), ("GNQ", "Equatorial Guinea", Africa),
        ("ERI", "Eritrea", Africa), ("SWZ", "Eswatini", Africa), ("ETH", "Ethiopia", Africa), ("ATF", "French Southern Territories", Africa),
        ("GAB", "Gabon", Africa), ("GMB", "Gambia", Africa), ("GHA", "Ghana", Africa), ("GIN", "Guinea", Africa),
        ("GNB", "Guinea-Bissau", Africa), ("KEN", "Kenya", Africa), ("LSO", "Lesotho", Africa), ("LBR", "Liberia", Africa),
        ("LBY", "Libya", Africa), ("MDG", "Madagascar", Africa), ("MWI", "Malawi", Africa), ("MLI", "Mali", Africa),
        ("MRT", "Mauritania", Africa), ("MUS", "Mauritius", Africa), ("MYT", "Mayotte", Africa), ("MAR", "Morocco", Africa),
        ("MOZ", "Mozambique", Africa), ("NAM", "Namibia", Africa), ("NER", "Niger", Africa), ("NGA", "Nigeria", Africa),
        ("REU", "Réunion", Africa), ("RWA", "Rwanda", Africa), ("SHN", "Saint Helena, Ascension and Tristan da Cunha", Africa),
        ("STP", "Sao Tome and Principe", Africa), ("SEN", "Senegal", Africa), ("SYC", "Seychelles", Africa),
        ("SLE", "Sierra Leone", Africa), ("SOM", "Somalia", Africa), ("ZAF", "South Africa", Africa), ("SSD", "South Sudan", Africa),
        ("SDN", "Sudan", Africa), ("TZA", "Tanzania", Africa), ("TGO", "Togo", Africa), ("TUN", "Tunisia", Africa),
        ("UGA", "Uganda", Africa), ("ESH", "Western Sahara", Africa), ("ZMB", "Zambia", Africa), ("ZWE", "Zimbabwe", Africa),

        // Asia, including the Middle East and Central Asia
        ("AFG", "Afghanistan", Asia), ("ARM", "Armenia", Asia), ("AZE", "Azerbaijan", Asia), ("BHR", "Bahrain", Asia),
        ("BGD", "Bangladesh", Asia), ("BTN", "Bhutan", Asia), ("BRN", "Brunei Darussalam", Asia), ("KHM", "Cambodia", Asia),
        ("CHN", "China", Asia), ("CYP", "Cyprus", Asia), ("GEO", "Georgia", Asia), ("HKG", "Hong Kong", Asia), ("IND", "India", Asia),
        ("IDN", "Indonesia", Asia), ("IRN", "Iran", Asia), ("IRQ", "Iraq", Asia), ("ISR", "Israel", Asia), ("JPN", "Japan", Asia),
        ("JOR", "Jordan", Asia), ("KAZ", "Kazakhstan", Asia), ("KWT", "Kuwait", Asia), ("KGZ", "Kyrgyzstan", Asia),
        ("LAO", "Lao People's Democratic Republic", Asia), ("LBN", "Lebanon", Asia), ("MAC", "Macao", Asia), ("MYS", "Malaysia", Asia),
        ("MDV", "Maldives", Asia), ("MNG", "Mongolia", Asia), ("MMR", "Myanmar", Asia), ("NPL", "Nepal", Asia),
        ("PRK", "Korea, Democratic People's Republic of", Asia), ("OMN", "Oman", Asia), ("PAK", "Pakistan", Asia),
        ("PSE", "Palestine", Asia), ("PHL", "Philippines", Asia), ("QAT", "Qatar", Asia), ("SAU", "Saudi Arabia", Asia),
        ("SGP", "Singapore", Asia), ("KOR", "Korea, Republic of", Asia), ("LKA", "Sri Lanka", Asia), ("SYR", "Syria", Asia),
        ("TWN", "Taiwan", Asia), ("TJK", "Tajikistan", Asia), ("THA", "Thailand", Asia), ("TLS", "Timor-Leste", Asia),
        ("TUR", "Türkiye", Asia), ("TKM", "Turkmenistan", Asia), ("ARE", "United Arab Emirates", Asia), ("UZB", "Uzbekistan", Asia),
        ("VNM", "Viet Nam", Asia), ("YEM", "Yemen", Asia),

        // Europe
        ("ALA", "Åland Islands", Europe), ("ALB", "Albania", Europe), ("AND", "Andorra", Europe), ("AUT", "Austria", Europe),
        ("BLR", "Belarus", Europe), ("BEL", "Belgium", Europe), ("BIH", "Bosnia and Herzegovina", Europe), ("BGR", "Bulgaria", Europe),
        ("HRV", "Croatia", Europe), ("CZE", "Czechia", Europe), ("DNK", "Denmark", Europe), ("EST", "Estonia", Europe),
        ("FRO", "Faroe Islands", Europe), ("FIN", "Finland", Europe), ("FRA", "France", Europe), ("DEU", "Germany", Europe),
        ("GIB", "Gibraltar", Europe), ("GRC", "Greece", Europe), ("GGY", "Guernsey", Europe), ("VAT", "Holy See", Europe),
        ("HUN", "Hungary", Europe), ("ISL", "Iceland", Europe), ("IRL", "Ireland", Europe), ("IMN", "Isle of Man", Europe),
        ("ITA", "Italy", Europe), ("JEY", "Jersey", Europe), ("LVA", "Latvia", Europe), ("LIE", "Liechtenstein", Europe),
        ("LTU", "Lithuania", Europe), ("LUX", "Luxembourg", Europe), ("MLT", "Malta", Europe), ("MDA", "Moldova", Europe),
        ("MCO", "Monaco", Europe), ("MNE", "Montenegro", Europe), ("NLD", "Netherlands", Europe), ("MKD", "North Macedonia", Europe),
        ("NOR", "Norway", Europe), ("POL", "Poland", Europe), ("PRT", "Portugal", Europe), ("ROU", "Romania", Europe),
        ("RUS", "Russian Federation", Europe), ("SMR", "San Marino", Europe), ("SRB", "Serbia", Europe), ("SVK", "Slovakia", Europe),
        ("SVN", "Slovenia", Europe), ("ESP", "Spain", Europe), ("SJM", "Svalbard and Jan Mayen", Europe), ("SWE", "Sweden", Europe),
        ("CHE", "Switzerland", Europe), ("UKR", "Ukraine", Europe), ("GBR", "United Kingdom", Europe),

        // North and Central America and the Caribbean
        ("AIA", "Anguilla", NorthAmerica), ("ATG", "Antigua and Barbuda", NorthAmerica), ("ABW", "Aruba", NorthAmerica),
        ("BHS", "Bahamas", NorthAmerica), ("BRB", "Barbados", NorthAmerica), ("BLZ", "Belize", NorthAmerica), ("BMU", "Bermuda", NorthAmerica),
        ("BES", "Bonaire, Sint Eustatius and Saba", NorthAmerica), ("VGB", "British Virgin Islands", NorthAmerica),
        ("CAN", "Canada", NorthAmerica), ("CYM", "Cayman Islands", NorthAmerica), ("CRI", "Costa Rica", NorthAmerica),
        ("CUB", "Cuba", NorthAmerica), ("CUW", "Curaçao", NorthAmerica), ("DMA", "Dominica", NorthAmerica),
        ("DOM", "Dominican Republic", NorthAmerica), ("SLV", "El Salvador", NorthAmerica), ("GRL", "Greenland", NorthAmerica),
        ("GRD", "Grenada", NorthAmerica), ("GLP", "Guadeloupe", NorthAmerica), ("GTM", "Guatemala", NorthAmerica),
        ("HTI", "Haiti", NorthAmerica), ("HND", "Honduras", NorthAmerica), ("JAM", "Jamaica", NorthAmerica),
        ("MTQ", "Martinique", NorthAmerica), ("MEX", "Mexico", NorthAmerica), ("MSR", "Montserrat", NorthAmerica),
        ("NIC", "Nicaragua", NorthAmerica), ("PAN", "Panama", NorthAmerica), ("PRI", "Puerto Rico", NorthAmerica),
        ("BLM", "Saint Barthélemy", NorthAmerica), ("KNA", "Saint Kitts and Nevis", NorthAmerica), ("LCA", "Saint Lucia", NorthAmerica),
        ("MAF", "Saint Martin (French part)", NorthAmerica), ("SPM", "Saint Pierre and Miquelon", NorthAmerica),
        ("VCT", "Saint Vincent and the Grenadines", NorthAmerica), ("SXM", "Sint Maarten (Dutch part)", NorthAmerica),
        ("TTO", "Trinidad and Tobago", NorthAmerica), ("TCA", "Turks and Caicos Islands", NorthAmerica),
        ("USA", "United States of America", NorthAmerica), ("VIR", "United States Virgin Islands", NorthAmerica),

        // South America
        ("ARG", "Argentina", SouthAmerica), ("BOL", "Bolivia", SouthAmerica), ("BVT", "Bouvet Island", SouthAmerica),
        ("BRA", "Brazil", SouthAmerica), ("CHL", "Chile", SouthAmerica), ("COL", "Colombia", SouthAmerica), ("ECU", "Ecuador", SouthAmerica),
        ("FLK", "Falkland Islands (Malvinas)", SouthAmerica), ("GUF", "French Guiana", SouthAmerica), ("GUY", "Guyana", SouthAmerica),
        ("PRY", "Paraguay", SouthAmerica), ("PER", "Peru", SouthAmerica), ("SGS", "South Georgia and the South Sandwich Islands", SouthAmerica),
        ("SUR", "Suriname", SouthAmerica), ("URY", "Uruguay", SouthAmerica), ("VEN", "Venezuela", SouthAmerica),

        // Oceania
        ("ASM", "American Samoa", Oceania), ("AUS", "Australia", Oceania), ("CXR", "Christmas Island", Oceania),
        ("CCK", "Cocos (Keeling) Islands", Oceania), ("COK", "Cook Islands", Oceania), ("FJI", "Fiji", Oceania),
        ("PYF", "French Polynesia", Oceania), ("GUM", "Guam", Oceania), ("HMD", "Heard Island and McDonald Islands", Oceania),
        ("KIR", "Kiribati", Oceania), ("MHL", "Marshall Islands", Oceania), ("FSM", "Micronesia", Oceania), ("NRU", "Nauru", Oceania),
        ("NCL", "New Caledonia", Oceania), ("NZL", "New Zealand", Oceania), ("NIU", "Niue", Oceania), ("NFK", "Norfolk Island", Oceania),
        ("MNP", "Northern Mariana Islands", Oceania), ("PLW", "Palau", Oceania), ("PNG", "Papua New Guinea", Oceania),
        ("PCN", "Pitcairn", Oceania), ("WSM", "Samoa", Oceania), ("SLB", "Solomon Islands", Oceania), ("TKL", "Tokelau", Oceania),
        ("TON", "Tonga", Oceania), ("TUV", "Tuvalu", Oceania), ("UMI", "United States Minor Outlying Islands", Oceania),
        ("VUT", "Vanuatu", Oceania), ("WLF", "Wallis and Futuna", Oceania),
    ];

    // IOC, FIA or Wikipedia-flag codes seen in motorsport sources, mapped to ISO. None of them is an ISO code of another
    // country (a test checks it); that is why, for example, the IOC's BRN (Bahrain) is absent: BRN is Brunei in ISO.
    private static readonly (string Alias, string Code)[] AliasTable =
    [
        ("ALG", "DZA"), ("BAH", "BHS"), ("BAN", "BGD"), ("BUL", "BGR"), ("CAM", "KHM"), ("CHI", "CHL"), ("CRC", "CRI"), ("CRO", "HRV"),
        ("DEN", "DNK"), ("ENG", "GBR"), ("ESA", "SLV"), ("GER", "DEU"), ("GRE", "GRC"), ("GUA", "GTM"), ("HOL", "NLD"), ("HON", "HND"),
        ("INA", "IDN"), ("IRE", "IRL"), ("IRI", "IRN"), ("KSA", "SAU"), ("KUW", "KWT"), ("LAT", "LVA"), ("LIB", "LBN"), ("LIT", "LTU"),
        ("MAS", "MYS"), ("MGL", "MNG"), ("MON", "MCO"), ("MYA", "MMR"), ("NED", "NLD"), ("NEP", "NPL"), ("NIR", "GBR"), ("OMA", "OMN"),
        ("PAR", "PRY"), ("PHI", "PHL"), ("POR", "PRT"), ("PUR", "PRI"), ("RSA", "ZAF"), ("SCO", "GBR"), ("SIN", "SGP"), ("SLO", "SVN"),
        ("SRI", "LKA"), ("SUI", "CHE"), ("TAI", "TWN"), ("TPE", "TWN"), ("UAE", "ARE"), ("URU", "URY"), ("VIE", "VNM"), ("WAL", "GBR"),
        ("ZAM", "ZMB"), ("ZIM", "ZWE"),
    ];

    private static readonly FrozenDictionary<string, Country> ByCode = Index();

    /// <summary>Gets every country, ordered by ISO code.</summary>
    public static EquatableArray<Country> All { get; } = ByCode.Values
        .Distinct()
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .ToEquatableArray();

    /// <summary>Finds a country by its ISO 3166-1 alpha-3 code or a listed alias, in any letter case.</summary>
    /// <param name="code">The code, e.g. <c>"HKG"</c>, <c>"deu"</c> or <c>"GER"</c>.</param>
    /// <returns>The country, or null when the code is neither an ISO code nor a listed alias.</returns>
    public static Country? Find(string? code)
        => code is not null && ByCode.TryGetValue(code.Trim(), out var country) ? country : null;

    /// <summary>Gets the region of a nationality code (ISO or a listed alias).</summary>
    /// <param name="code">The code, e.g. <c>"HKG"</c>.</param>
    /// <returns>The region, or null when the code is unknown.</returns>
    public static WorldRegion? RegionOf(string? code) => Find(code)?.Region;

    /// <summary>Normalises a nationality code to ISO 3166-1 alpha-3 (<c>"GER"</c> to <c>"DEU"</c>, <c>"deu"</c> to <c>"DEU"</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The ISO code, or null when the code is unknown.</returns>
    public static string? ToIso(string? code) => Find(code)?.Code;

    private static FrozenDictionary<string, Country> Index()
    {
        var aliasesByCode = AliasTable.ToLookup(a => a.Code, a => a.Alias, StringComparer.Ordinal);
        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, name, region) in Table)
        {
            var country = new Country
            {
                Code = code,
                Name = name,
                Region = region,
                Aliases = aliasesByCode[code].Order(StringComparer.Ordinal).ToEquatableArray(),
            };
            byCode.Add(code, country);
        }

        foreach (var (alias, code) in AliasTable)
        {
            // Add throws on a duplicate, so an alias that is also an ISO code stops the type from loading (and every test).
            byCode.Add(alias, byCode[code]);
        }

        return byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
