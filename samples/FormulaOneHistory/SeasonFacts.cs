using AsLMS.Scoring;
using AsLMS.Scoring.Rules;

namespace FormulaOneHistory;

/// <summary>
/// What a season's rules cannot say because it is data: which engine a constructor's cars used when it ran several (the published
/// constructors' tables name chassis and engine), which cars were Formula Two entries, decisions of the stewards and the FIA
/// (exclusions, points withheld, deductions), and corrections where the source data and the published tables disagree on a fact.
/// Every fact names its source.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SeasonFacts
{
    private const string F1dbEntrants = "f1db src/data/seasons/<year>/entrants.yml (github.com/f1db/f1db, CC BY 4.0)";

    /// <summary>Gets the year.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the engines of constructors that used more than one engine make in the season.</summary>
    public EquatableArray<EngineUse> Engines { get; init; }

    /// <summary>Gets constructors whose entry changed hands during the season and scored afresh as a new entrant.</summary>
    public EquatableArray<EntrantChange> EntrantChanges { get; init; }

    /// <summary>Gets the Formula Two cars of races run with a Formula Two class.</summary>
    public EquatableArray<FormulaTwoCars> FormulaTwo { get; init; }

    /// <summary>Gets the fastest-lap awards where the published tables credit fewer holders than the timing shows.</summary>
    public EquatableArray<FastestLapAward> FastestLapAwards { get; init; }

    /// <summary>Gets drivers of a shared car who were not credited with a share.</summary>
    public EquatableArray<NotCredited> NotCredited { get; init; }

    /// <summary>Gets results that stand but scored no points (in one table or both).</summary>
    public EquatableArray<NoPoints> NoPoints { get; init; }

    /// <summary>Gets places left vacant by a disqualification, the cars behind keeping their places and points.</summary>
    public EquatableArray<VacatedPlace> VacatedPlaces { get; init; }

    /// <summary>Gets points deductions.</summary>
    public EquatableArray<Deduction> Deductions { get; init; }

    /// <summary>Gets exclusions from a championship for the whole season.</summary>
    public EquatableArray<Exclusion> Exclusions { get; init; }

    /// <summary>Gets how races that were stopped ended.</summary>
    public EquatableArray<RaceEnd> RaceEnds { get; init; }

    /// <summary>Gets notes on the season.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets the facts of a season (an empty set when it has none).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The facts.</returns>
    public static SeasonFacts For(int year) => Catalog.TryGetValue(year, out var facts) ? facts : new SeasonFacts { Year = year };

    private static readonly Dictionary<int, SeasonFacts> Catalog = new SeasonFacts[]
    {
        new()
        {
            Year = 1953,
            FastestLapAwards =
            [
                new(5, ["juan-manuel-fangio"], "French GP: the timing shows Fangio and Ascari on 2:41.1, but the point went to Fangio alone (Autosport 10 July 1953; Motor Sport August 1953; Wikipedia 'Talk:1953 French Grand Prix' consensus); Fangio's published 28 needs it"),
            ],
        },
        new()
        {
            Year = 1957,
            NotCredited =
            [
                new(5, "peter-collins", "maurice-trintignant", "British GP: Collins drove Trintignant's car for 3 of 88 laps and was judged to have covered insufficient distance; Trintignant took all 3 points for 4th (ru.wikipedia 'Формула-1 в сезоне 1957', note on car 16; f.vitkauskas.lt 1957)"),
            ],
            FormulaTwo =
            [
                new(6, ["umberto-maglioli", "edgar-barth", "roy-salvadori", "jack-brabham", "tony-marsh", "paul-england", "carel-godin-de-beaufort", "brian-naylor", "dick-gibson"], "German GP: Formula Two Porsches and Coopers (numbers 20-29) ran with the Formula One cars (en.wikipedia.org/wiki/1957_German_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1958,
            FormulaTwo =
            [
                new(8, ["bruce-mclaren", "edgar-barth", "ian-burgess", "tony-marsh", "phil-hill", "carel-godin-de-beaufort", "ivor-bueb", "christian-goethals", "dick-gibson", "brian-naylor", "wolfgang-seidel", "jack-brabham"], "German GP: Formula Two cars ran with the Formula One cars and were ineligible for points (en.wikipedia.org/wiki/1958_German_Grand_Prix; grandprix.com/gpe/rr072.html; f1db entrants for round 8)"),
            ],
            NoPoints =
            [
                new(8, "cliff-allison", null, "German GP: Allison (Lotus 16), 10th and the fifth Formula One car home two laps down, was given no points (pt.wikipedia.org/wiki/Grande_Prêmio_da_Alemanha_de_1958 shows 0 with a note); his published 1958 total, 3, is his Belgian 4th place (confidence: derived)"),
            ],
        },
        new()
        {
            Year = 1960,
            Engines =
            [
                new("cooper", "climax", Default: true),
                new("cooper", "maserati", "carlos-menditeguy 1; roberto-bonomi 1; ian-burgess 2,6-7,10; masten-gregory 2,4,6-8; maurice-trintignant 2,4,6,10; mario-de-araujo-cabral 8; alfonso-thiele 9; wolfgang-von-trips 10; keith-greene 7"),
                new("cooper", "castellotti", "gino-munaron 2,6-7,9; giorgio-scarlatti 2,9; giulio-cabianca 9"),
                new("cooper", "ferrari", "pete-lovely 10"),
            ],
        },
        new()
        {
            Year = 1962,
            Engines =
            [
                new("lotus", "climax", Default: true),
                new("lotus", "brm", "dan-gurney 3; wolfgang-seidel 5-6; gunther-seiffert 6; tony-shelly 7; jo-siffert 4,7; heinz-schiller 6; masten-gregory 2-4,7-8"),
                new("de-tomaso", "de-tomaso", Default: true),
                new("de-tomaso", "osca", "roberto-lippi 7"),
                new("cooper", "climax", Default: true),
                new("cooper", "alfa-romeo", "mike-harris 9"),
            ],
        },
        new()
        {
            Year = 1963,
            Engines =
            [
                new("lotus", "climax", Default: true),
                new("lotus", "brm", "innes-ireland 1,6; jim-hall 1-9; phil-hill 4; masten-gregory 4-5,7; hap-sharp 8-9; rodger-ward 8; chris-amon 9; paddy-driver 10; jo-siffert 1-9"),
                new("lotus", "borgward", "kurt-kuhnke 6"),
                new("lotus", "ford", "brausch-niemann 10"),
                new("brabham", "climax", Default: true),
                new("brabham", "ford", "david-prophet 10"),
                new("cooper", "climax", Default: true),
                new("cooper", "maserati", "ernesto-brambilla 7; trevor-blokdyk 10"),
            ],
            NoPoints =
            [
                new(4, "graham-hill", null, "French GP: Hill was push-started and, although classified 3rd, was given no championship points (grandprix.com/races/french-gp-1963.html; en.wikipedia.org/wiki/1963_French_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1964,
            Engines =
            [
                new("lotus", "climax", Default: true),
                new("lotus", "brm", "innes-ireland 1; trevor-taylor 5; chris-amon 1-6,9-10; mike-hailwood 1-2,4-10; peter-revson 1,3-6,8; jo-siffert 1"),
                new("brabham", "climax", Default: true),
                new("brabham", "brm", "ian-raby 5,8; jo-bonnier 2-3,5-6; jo-siffert 2-10; jochen-rindt 7; giacomo-russo 8; hap-sharp 9-10"),
                new("brabham", "ford", "frank-gardner 5"),
                new("cooper", "climax", Default: true),
                new("cooper", "ford", "john-taylor 5"),
            ],
        },
        new()
        {
            Year = 1965,
            Engines =
            [
                new("lotus", "climax", Default: true),
                new("lotus", "brm", "tony-maggs 1; mike-hailwood 2; richard-attwood 2-3,5-10; innes-ireland 3-6,8-10; chris-amon 4,7; bob-bondurant 10"),
                new("lotus", "ford", "dave-charlton 1; brausch-niemann 1"),
                new("brabham", "climax", Default: true),
                new("brabham", "brm", "chris-amon 5; ian-raby 5,7; frank-gardner 1-3,5-8; jo-siffert 1-10"),
                new("brabham", "ford", "david-prophet 1; paul-hawkins 1"),
                new("cooper", "climax", Default: true),
                new("cooper", "ford", "alan-rollinson 5; trevor-blokdyk 1"),
                new("lds", "alfa-romeo", Default: true),
                new("lds", "climax", "doug-serrurier 1"),
            ],
        },
        new()
        {
            Year = 1966,
            Engines =
            [
                new("brabham", "repco", Default: true),
                new("brabham", "climax", "denny-hulme 1-2; chris-irwin 4; jo-bonnier 3-4; bob-anderson 1,3-7"),
                new("brabham", "brm", "chris-amon 7; john-taylor 3-6; jo-siffert 1"),
                new("brabham", "ford", "kurt-ahrens-jr 6; alan-rees 6; hans-herrmann 6; silvio-moser 6"),
                new("lotus", "brm", Default: true),
                new("lotus", "climax", "jim-clark 1-6; giacomo-russo 7; pedro-rodriguez 3,9; peter-arundell 8; phil-hill 1"),
                new("lotus", "ford", "gerhard-mitter 6; pedro-rodriguez 6; piers-courage 6"),
                new("mclaren", "ford", Default: true),
                new("mclaren", "serenissima", "bruce-mclaren 2,4-5"),
                new("eagle", "climax", Default: true),
                new("eagle", "weslake", "dan-gurney 7-8; bob-bondurant 9"),
                new("cooper", "maserati", Default: true),
                new("cooper", "ferrari", "chris-lawrence 4,6"),
                new("matra", "ford", Default: true),
                new("matra", "brm", "hubert-hahne 6"),
            ],
            FormulaTwo =
            [
                new(6, ["kurt-ahrens-jr", "hubert-hahne", "jacky-ickx", "hans-herrmann", "alan-rees", "gerhard-mitter", "pedro-rodriguez", "piers-courage", "jo-schlesser", "jean-pierre-beltoise", "silvio-moser"], "German GP: Formula Two cars (Matra, Brabham and Lotus, numbers 25-35) ran with the Formula One cars (en.wikipedia.org/wiki/1966_German_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1967,
            Engines =
            [
                new("eagle", "weslake", Default: true),
                new("eagle", "climax", "dan-gurney 1; al-pease 8"),
                new("brabham", "repco", Default: true),
                new("brabham", "climax", "bob-anderson 1-6; luki-botha 1; dave-charlton 1"),
                new("brabham", "ford", "gerhard-mitter 7; alan-rees 7"),
                new("cooper", "maserati", Default: true),
                new("cooper", "ats", "silvio-moser 6"),
                new("cooper", "climax", "john-love 1; tom-jones 8"),
                new("lola", "bmw", Default: true),
                new("lola", "ford", "brian-redman 7"),
                new("lotus", "ford", Default: true),
                new("lotus", "brm", "graham-hill 1-2; jim-clark 1; mike-fisher 8,11; piers-courage 1; chris-irwin 3"),
                new("lotus", "climax", "jim-clark 2"),
            ],
            FormulaTwo =
            [
                new(7, ["jacky-ickx", "jackie-oliver", "jo-schlesser", "hubert-hahne", "david-hobbs", "brian-redman", "gerhard-mitter", "alan-rees", "brian-hart", "kurt-ahrens-jr"], "German GP: Formula Two cars (Matra, Lotus 48, Lola, Brabham, Protos) ran with the Formula One cars; Oliver was 5th overall and the points for 5th and 6th went to Bonnier and Ligier (en.wikipedia.org/wiki/1967_German_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1968,
            Engines =
            [
                new("mclaren", "ford", Default: true),
                new("mclaren", "brm", "denny-hulme 1; jo-bonnier 3-5,7,9-11"),
                new("matra", "ford", Default: true),
                new("matra", "matra", "jean-pierre-beltoise 3-12; henri-pescarolo 10-12"),
                new("cooper", "brm", Default: true),
                new("cooper", "maserati", "brian-redman 1; ludovico-scarfiotti 1; jo-bonnier 1; jo-siffert 1"),
                new("cooper", "climax", "basil-van-rooyen 1"),
                new("brabham", "repco", Default: true),
                new("brabham", "climax", "jackie-pretorius 1"),
                new("eagle", "weslake", Default: true),
                new("eagle", "climax", "al-pease 10"),
            ],
        },
        new()
        {
            Year = 1969,
            FormulaTwo =
            [
                new(7, ["kurt-ahrens-jr", "hans-herrmann", "rolf-stommelen", "hubert-hahne", "gerhard-mitter", "dieter-quester", "henri-pescarolo", "johnny-servoz-gavin", "francois-cevert", "richard-attwood", "xavier-perrot", "peter-westbury"], "German GP: Formula Two cars (numbers 20-31) ran with the Formula One cars; 5th and 6th places' points went to the next Formula One cars, Siffert and Beltoise (en.wikipedia.org/wiki/1969_German_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1976,
            Engines =
            [
                new("brabham", "alfa-romeo", Default: true),
                new("brabham", "ford", "emilio-de-villota 4; loris-kessel 4-5,7-8,11; patrick-neve 5; jac-nellemann 7; damien-magee 8; bob-evans 9; lella-lombardi 9-11"),
            ],
            Notes = "RAM Racing's Brabhams used Ford engines, the works Brabhams Alfa Romeo; f1db also lists Stommelen with RAM in round 10, but his 6th place came in the works Brabham-Alfa Romeo.",
        },
        new()
        {
            Year = 1982,
            Engines =
            [
                new("brabham", "bmw", Default: true),
                new("brabham", "ford", "nelson-piquet 2-3; riccardo-patrese 2-3,6-8"),
            ],
        },
        new()
        {
            Year = 1983,
            Engines =
            [
                new("lotus", "renault", Default: true),
                new("lotus", "ford", "elio-de-angelis 1; nigel-mansell 1-8"),
                new("williams", "ford", Default: true),
                new("williams", "honda", "jacques-laffite 15; keke-rosberg 15"),
                new("mclaren", "ford", Default: true),
                new("mclaren", "tag", "john-watson 13-15; niki-lauda 12-15"),
                new("osella", "alfa-romeo", Default: true),
                new("osella", "ford", "corrado-fabi 1-8; piercarlo-ghinzani 1-3"),
            ],
            VacatedPlaces =
            [
                new(1, "keke-rosberg", 2, "Brazilian GP: Rosberg, 2nd, was disqualified for a push start in the pits, but the cars behind kept their places and the points for 2nd were not awarded (Lauda 3rd, 4 points); f1db leaves 2nd vacant (en.wikipedia.org/wiki/1983_Brazilian_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1984,
            Engines =
            [
                new("arrows", "bmw", Default: true),
                new("arrows", "ford", "marc-surer 1-3,5,7-8; thierry-boutsen 1-2,4"),
                new("spirit", "hart", Default: true),
                new("spirit", "ford", "huub-rothengatter 8"),
            ],
            NoPoints =
            [
                new(14, "jo-gartner", null, "Italian GP: Osella had entered one car for the championship; Gartner's second car, 5th, was ineligible for points and nobody moved up (en.wikipedia.org/wiki/1984_Italian_Grand_Prix; f1db race results give no points)"),
                new(14, "gerhard-berger", null, "Italian GP: ATS had entered one car for the championship; Berger's second car, 6th, was ineligible for points (en.wikipedia.org/wiki/1984_Italian_Grand_Prix)"),
            ],
            Exclusions =
            [
                new(null, "tyrrell", FormulaOneCatalog.Constructors, "Tyrrell was excluded from the 1984 championship by the FIA Court of Appeal (water-injection ballast); its results were struck out (en.wikipedia.org/wiki/1984_Formula_One_World_Championship)"),
            ],
        },
        new()
        {
            Year = 1985,
            Engines =
            [
                new("tyrrell", "ford", Default: true),
                new("tyrrell", "renault", "martin-brundle 7-8,11-16; stefan-bellof 9-11; ivan-capelli 14,16; philippe-streiff 15"),
                new("minardi", "motori-moderni", Default: true),
                new("minardi", "ford", "pierluigi-martini 1-2"),
            ],
        },
        new()
        {
            Year = 1987,
            NoPoints =
            [
                new(16, "yannick-dalmas", null, "Australian GP: Larrousse had entered one car for the championship; Dalmas's second car, 5th, was ineligible for points (en.wikipedia.org/wiki/1987_Australian_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 1995,
            NoPoints =
            [
                new(1, "michael-schumacher", FormulaOneCatalog.Constructors, "Brazilian GP: Schumacher and Coulthard were disqualified for fuel irregularities and reinstated on appeal, but Benetton and Williams lost the constructors' points (en.wikipedia.org/wiki/1995_Brazilian_Grand_Prix)"),
                new(1, "david-coulthard", FormulaOneCatalog.Constructors, "Brazilian GP: as above, for Williams"),
            ],
        },
        new()
        {
            Year = 1997,
            Exclusions =
            [
                new("michael-schumacher", null, FormulaOneCatalog.Drivers, "Schumacher was excluded from the 1997 drivers' championship by the FIA World Motor Sport Council for causing the collision at Jerez; his results stand (en.wikipedia.org/wiki/1997_Formula_One_World_Championship)"),
            ],
        },
        new()
        {
            Year = 2000,
            Deductions =
            [
                new(10, "mika-hakkinen", 10, FormulaOneCatalog.Constructors, "Austrian GP: a seal was missing from the electronic control unit of Häkkinen's winning car; McLaren lost the 10 constructors' points, Häkkinen kept his (en.wikipedia.org/wiki/2000_Austrian_Grand_Prix)"),
            ],
        },
        new()
        {
            Year = 2007,
            Exclusions =
            [
                new(null, "mclaren", FormulaOneCatalog.Constructors, "McLaren was excluded from the 2007 constructors' championship by the FIA World Motor Sport Council (the Ferrari documents); the drivers kept their points (en.wikipedia.org/wiki/2007_Formula_One_espionage_controversy)"),
            ],
        },
        new()
        {
            Year = 2018,
            EntrantChanges =
            [
                new("force-india", 13, "racing-point-force-india", "Belgian GP onwards: Racing Point Force India, a new entrant after Sahara Force India went into administration, scored from zero (en.wikipedia.org/wiki/2018_Formula_One_World_Championship)"),
            ],
            Exclusions =
            [
                new(null, "force-india", FormulaOneCatalog.Constructors, "Sahara Force India's entry (rounds 1-12) was withdrawn; its 59 constructors' points were forfeited, the drivers kept theirs (en.wikipedia.org/wiki/2018_Formula_One_World_Championship)"),
            ],
        },
        new()
        {
            Year = 2020,
            Deductions =
            [
                new(2, "lance-stroll", 15, FormulaOneCatalog.Constructors, "Racing Point was deducted 15 constructors' points (7.5 for each of the Styrian and later protested rounds) for its brake ducts, stewards' decision of 7 August 2020 (en.wikipedia.org/wiki/2020_Formula_One_World_Championship)"),
            ],
        },
        new()
        {
            Year = 2021,
            RaceEnds =
            [
                new(12, 3, Suspended: true, "Belgian GP: the leader completed three laps behind the safety car before the race was suspended for good; the result was taken at the end of lap 1 and half points were awarded (en.wikipedia.org/wiki/2021_Belgian_Grand_Prix)"),
            ],
        },
    }.ToDictionary(f => f.Year);

    internal static string EntrantsSource => F1dbEntrants;
}

/// <summary>
/// The engine make of some of a constructor's cars in a season: the default make of its cars, or the drivers and rounds that used another.
/// </summary>
/// <param name="Constructor">The constructor (f1db id).</param>
/// <param name="Engine">The engine make (f1db id).</param>
/// <param name="Drivers">The drivers and their rounds, as <c>"driver-id 1-3,5; other-driver 2"</c>; empty for the default make.</param>
/// <param name="Default">Whether this is the make of every car not listed with another.</param>
public sealed record EngineUse(string Constructor, string Engine, string Drivers = "", bool Default = false);

/// <summary>A constructor whose entry became a new entrant from a round on.</summary>
/// <param name="Constructor">The constructor.</param>
/// <param name="FromRound">The first round of the new entrant.</param>
/// <param name="Entrant">The new entrant's identifier.</param>
/// <param name="Source">The source.</param>
public sealed record EntrantChange(string Constructor, int FromRound, string Entrant, string Source);

/// <summary>The Formula Two cars of a race, by driver.</summary>
/// <param name="Round">The round.</param>
/// <param name="Drivers">The drivers of Formula Two cars.</param>
/// <param name="Source">The source.</param>
public sealed record FormulaTwoCars(int Round, EquatableArray<string> Drivers, string Source);

/// <summary>The drivers credited with a race's fastest lap, where the published tables differ from the timing's ties.</summary>
/// <param name="Round">The round.</param>
/// <param name="Drivers">The drivers credited.</param>
/// <param name="Source">The source.</param>
public sealed record FastestLapAward(int Round, EquatableArray<string> Drivers, string Source);

/// <summary>A driver of a shared car who was not credited with a share of its points.</summary>
/// <param name="Round">The round.</param>
/// <param name="Driver">The driver not credited.</param>
/// <param name="CarOf">A driver whose car it was (it identifies the car).</param>
/// <param name="Source">The source.</param>
public sealed record NotCredited(int Round, string Driver, string CarOf, string Source);

/// <summary>A result that stands but scored no points, in one table or in all.</summary>
/// <param name="Round">The round.</param>
/// <param name="Driver">The driver whose car it was.</param>
/// <param name="Table">The one table it applies to, or null for all.</param>
/// <param name="Source">The source.</param>
public sealed record NoPoints(int Round, string Driver, TableId? Table, string Source);

/// <summary>A place left vacant by a disqualified car: the car keeps the place for the scale but scores nothing, and nobody moves up.</summary>
/// <param name="Round">The round.</param>
/// <param name="Driver">The driver of the disqualified car.</param>
/// <param name="Position">The place it had taken.</param>
/// <param name="Source">The source.</param>
public sealed record VacatedPlace(int Round, string Driver, int Position, string Source);

/// <summary>A points deduction imposed on a car at a race.</summary>
/// <param name="Round">The round.</param>
/// <param name="Driver">The driver whose car it was.</param>
/// <param name="Points">The points taken.</param>
/// <param name="Table">The one table it applies to, or null for all.</param>
/// <param name="Source">The source.</param>
public sealed record Deduction(int Round, string Driver, int Points, TableId? Table, string Source);

/// <summary>A driver or a constructor excluded from a championship for the season, its results standing.</summary>
/// <param name="Driver">The driver, or null.</param>
/// <param name="Constructor">The constructor (its entrant identifier), or null.</param>
/// <param name="Table">The table.</param>
/// <param name="Source">The source.</param>
public sealed record Exclusion(string? Driver, string? Constructor, TableId Table, string Source);

/// <summary>How a stopped race ended: the laps the leader completed, and whether it was suspended and not resumed.</summary>
/// <param name="Round">The round.</param>
/// <param name="LeaderLaps">The laps the leader completed before the race was stopped.</param>
/// <param name="Suspended">Whether the race was suspended and not resumed.</param>
/// <param name="Source">The source.</param>
public sealed record RaceEnd(int Round, int? LeaderLaps, bool Suspended, string Source);
