using System.Globalization;
using AsLMS.Scoring;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using NodaTime;

namespace FormulaOneHistory;

/// <summary>Who a constructors' table row stands for in the published tables: the chassis make and, where it ran several, the engine make.</summary>
/// <param name="Constructor">The f1db constructor id.</param>
/// <param name="Engine">The engine make when the constructor ran more than one in the season; null otherwise.</param>
public sealed record ConstructorIdentity(string Constructor, string? Engine);

/// <summary>
/// A Formula One season ready for the calculator: the catalog's rule set over the season's calendar, and the results as positions,
/// statuses, laps, crews and fastest laps. The published per-result points are never given to the calculator.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FormulaOneSeason
{
    private static readonly DateTimeZone Zone = DateTimeZone.Utc;

    /// <summary>Gets the year.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the rule set.</summary>
    public required RuleSet Rules { get; init; }

    /// <summary>Gets the results.</summary>
    public required SeasonResults Results { get; init; }

    /// <summary>Gets the published identity of each entrant of the constructors' table, by entrant.</summary>
    public required IReadOnlyDictionary<string, ConstructorIdentity> Constructors { get; init; }

    /// <summary>Gets the season's facts.</summary>
    public required SeasonFacts Facts { get; init; }

    /// <summary>Gets the season data it was built from.</summary>
    public required F1dbSeason Data { get; init; }

    /// <summary>Builds a season from its f1db data and the catalog.</summary>
    /// <param name="data">The season data.</param>
    /// <returns>The season.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The catalog does not cover the year.</exception>
    public static FormulaOneSeason Build(F1dbSeason data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!FormulaOneCatalog.Covers(data.Year))
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.Year, $"The catalog covers {FormulaOneCatalog.FirstYear} to {FormulaOneCatalog.LastYear}.");
        }

        var builder = new Builder(data, SeasonFacts.For(data.Year));
        return builder.Build();
    }

    private sealed class Builder(F1dbSeason data, SeasonFacts facts)
    {
        private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ConstructorIdentity> identities = new(StringComparer.Ordinal);
        private readonly SortedSet<string> drivers = new(StringComparer.Ordinal);
        private readonly EngineBook engines = new(facts.Engines);

        public FormulaOneSeason Build()
        {
            var (calendar, driversOnly) = Calendar();
            var races = new List<RaceResult>();
            foreach (var race in data.Races)
            {
                if (!race.SprintResults.IsEmpty)
                {
                    races.Add(RaceResultOf(race, race.SprintResults, SprintId(race), sprint: true));
                }

                races.Add(RaceResultOf(race, race.Results, GrandPrixId(race), sprint: false));
            }

            var results = new SeasonResults
            {
                Drivers = drivers.Select(d => new Driver { Id = d, Name = NameOf(d) }).ToEquatableArray(),
                Entries = entries.Values.ToEquatableArray(),
                Races = races.ToEquatableArray(),
                Adjustments = SeasonAdjustments(),
            };

            return new FormulaOneSeason
            {
                Year = data.Year,
                Rules = FormulaOneCatalog.RuleSet(data.Year, calendar, driversOnly),
                Results = results,
                Constructors = identities,
                Facts = facts,
                Data = data,
            };
        }

        private (Season Calendar, List<RaceId> DriversOnly) Calendar()
        {
            var events = new List<RaceEvent>();
            var driversOnly = new List<RaceId>();
            var round = 0;
            var lastGrandPrix = data.Races.Count == 0 ? -1 : data.Races[^1].Round;
            foreach (var race in data.Races)
            {
                var date = LocalDate.FromDateOnly(race.Date);
                var name = $"{data.Year} {Title(race.GrandPrixId)} Grand Prix";
                var list = new List<Race>();
                if (!race.SprintResults.IsEmpty)
                {
                    // The sprint runs the day before the Grand Prix; its own round keeps the calendar in running order.
                    list.Add(new Race { Id = SprintId(race), Round = ++round, Name = name + " sprint", Date = date.PlusDays(-1), Category = FormulaOneCatalog.Sprint });
                }

                list.Add(new Race
                {
                    Id = GrandPrixId(race),
                    Round = ++round,
                    Name = name,
                    Date = date,
                    ScheduledLaps = race.ScheduledLaps,
                    Multiplier = race.Round == lastGrandPrix ? FormulaOneCatalog.FinalRoundMultiplier(data.Year) : Ratio.One,
                });
                if (race.GrandPrixId == "indianapolis")
                {
                    driversOnly.Add(GrandPrixId(race));
                }

                events.Add(new RaceEvent
                {
                    Name = name,
                    Circuit = new Circuit { Name = $"{Title(race.GrandPrixId)} Grand Prix circuit", Country = Venues.CountryOf(race.GrandPrixId), TimeZone = Zone },
                    Races = list.ToEquatableArray(),
                });
            }

            var first = events.Count == 0 ? new LocalDate(data.Year, 1, 1) : events[0].Races[0].Date;
            var last = events.Count == 0 ? new LocalDate(data.Year, 12, 31) : events[^1].Races[^1].Date;
            return (new Season { Label = data.Year.ToString(CultureInfo.InvariantCulture), FirstDay = first, LastDay = last, Events = events.ToEquatableArray() }, driversOnly);
        }

        private RaceResult RaceResultOf(F1dbRace race, EquatableArray<F1dbResult> rows, RaceId id, bool sprint)
        {
            var cars = new List<CarResult>();
            var carOfDriver = new Dictionary<string, CarNumber>(StringComparer.Ordinal);
            var usedInRace = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in Cars(rows))
            {
                var lead = group[0];
                var entrant = EntrantOf(lead.ConstructorId, lead.DriverId, race.Round);
                var carClass = IsFormulaTwo(race.Round, group) && !sprint ? FormulaOneCatalog.FormulaTwo : FormulaOneCatalog.FormulaOne;
                var number = $"{lead.DriverNumber}/{entrant}" + (carClass == FormulaOneCatalog.FormulaTwo ? "/F2" : string.Empty);
                while (!usedInRace.Add(number))
                {
                    // Two cars of one entrant with one number in a race: keep them apart.
                    number += "'";
                }

                if (!entries.ContainsKey(number))
                {
                    entries[number] = new Entry { Car = number, Entrant = entrant, Class = carClass, Vehicle = identities[entrant].Engine is { } engine ? $"{lead.ConstructorId}-{engine}" : lead.ConstructorId };
                }

                var crew = group
                    .Where(r => !facts.NotCredited.Any(n => n.Round == race.Round && !sprint && n.Driver == r.DriverId && group.Any(g => g.DriverId == n.CarOf)))
                    .Select(r => r.DriverId)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                foreach (var row in group)
                {
                    drivers.Add(row.DriverId);
                    carOfDriver.TryAdd(row.DriverId, number);
                }

                var position = lead.ClassifiedPosition;
                var status = StatusOf(lead.Position);
                if (!sprint && facts.VacatedPlaces.FirstOrDefault(v => v.Round == race.Round && group.Any(r => r.DriverId == v.Driver)) is { } vacated)
                {
                    // The disqualified car holds its place so that nobody moves up; a race-scoped exclusion takes its points.
                    position = vacated.Position;
                    status = ResultStatus.Classified;
                }

                cars.Add(new CarResult
                {
                    Car = number,
                    Position = position,
                    Status = status,
                    Laps = group.Max(r => r.Laps ?? 0),
                    Drivers = crew.Select(d => new DriveTime(d, null)).ToEquatableArray(),
                });
            }

            var result = new RaceResult
            {
                Race = id,
                Cars = cars.ToEquatableArray(),
                FastestLaps = sprint ? default : FastestLaps(race, carOfDriver),
                Adjustments = sprint ? default : RaceAdjustments(race.Round, carOfDriver),
            };
            if (!sprint && facts.RaceEnds.FirstOrDefault(e => e.Round == race.Round) is { } end)
            {
                result = result with { LeaderLaps = end.LeaderLaps, Suspended = end.Suspended };
            }

            return result;
        }

        /// <summary>
        /// Groups a race's rows into cars: the rows of a shared car have the same number, constructor and position. Drivers who did not
        /// qualify or take part are left out, and so is a driver listed as not starting a car that someone else drove.
        /// </summary>
        private static List<List<F1dbResult>> Cars(EquatableArray<F1dbResult> rows)
        {
            var taking = rows.Where(r => r.Position is not ("DNQ" or "DNPQ" or "DNP")).ToList();
            var groups = new List<List<F1dbResult>>();
            foreach (var row in taking)
            {
                if (row.Position == "DNS" && taking.Any(o => o != row && o.Position != "DNS" && o.DriverNumber == row.DriverNumber && o.ConstructorId == row.ConstructorId))
                {
                    continue;
                }

                // A classified position is one car's; a retired shared car's extra rows carry no laps.
                var group = groups.FirstOrDefault(g => g[0].DriverNumber == row.DriverNumber && g[0].ConstructorId == row.ConstructorId && g[0].Position == row.Position
                    && (row.ClassifiedPosition is not null || row.Laps is null || g.Any(r => r.Laps is null)));
                if (group is null)
                {
                    groups.Add([row]);
                }
                else
                {
                    group.Add(row);
                }
            }

            return groups;
        }

        private EquatableArray<FastestLap> FastestLaps(F1dbRace race, Dictionary<string, CarNumber> carOfDriver)
        {
            var holders = facts.FastestLapAwards.FirstOrDefault(a => a.Round == race.Round)?.Drivers.AsImmutableArray().ToList()
                ?? race.FastestLaps.Where(l => l.Position == "1").Select(l => l.DriverId).ToList();
            var laps = new List<FastestLap>();
            foreach (var driver in holders)
            {
                if (carOfDriver.TryGetValue(driver, out var car))
                {
                    laps.Add(new FastestLap(null, car, driver));
                }
            }

            return laps.ToEquatableArray();
        }

        private EquatableArray<Adjustment> RaceAdjustments(int round, Dictionary<string, CarNumber> carOfDriver)
        {
            CarNumber CarOf(string driver) => carOfDriver.TryGetValue(driver, out var car)
                ? car
                : throw new InvalidOperationException($"{data.Year} round {round}: a season fact names '{driver}', who has no car in the race.");

            var adjustments = new List<Adjustment>();
            foreach (var fact in facts.NoPoints.Where(f => f.Round == round))
            {
                adjustments.Add(new ChampionshipExclusion { Car = CarOf(fact.Driver), Table = fact.Table, Reason = fact.Source });
            }

            foreach (var fact in facts.VacatedPlaces.Where(f => f.Round == round))
            {
                adjustments.Add(new ChampionshipExclusion { Car = CarOf(fact.Driver), Reason = fact.Source });
            }

            foreach (var fact in facts.Deductions.Where(f => f.Round == round))
            {
                adjustments.Add(new PointsDeduction { Car = CarOf(fact.Driver), Points = fact.Points, Table = fact.Table, Reason = fact.Source });
            }

            return adjustments.ToEquatableArray();
        }

        private EquatableArray<Adjustment> SeasonAdjustments()
        {
            var adjustments = new List<Adjustment>();
            foreach (var exclusion in facts.Exclusions)
            {
                if (exclusion.Driver is { } driver)
                {
                    adjustments.Add(new ChampionshipExclusion { Driver = driver, Table = exclusion.Table, Reason = exclusion.Source });
                }

                if (exclusion.Constructor is { } constructor)
                {
                    foreach (var entry in entries.Values.Where(e => identities[e.Entrant].Constructor == constructor && !IsNewEntrant(e.Entrant)))
                    {
                        adjustments.Add(new ChampionshipExclusion { Car = entry.Car, Table = exclusion.Table, Reason = exclusion.Source });
                    }
                }
            }

            return adjustments.ToEquatableArray();
        }

        private bool IsNewEntrant(string entrant) => facts.EntrantChanges.Any(c => c.Entrant == entrant);

        private string EntrantOf(string constructor, string driver, int round)
        {
            if (facts.EntrantChanges.FirstOrDefault(c => c.Constructor == constructor && round >= c.FromRound) is { } change)
            {
                identities.TryAdd(change.Entrant, new ConstructorIdentity(constructor, null));
                return change.Entrant;
            }

            if (engines.EngineOf(constructor, driver, round) is { } engine)
            {
                var key = $"{constructor}-{engine}";
                identities.TryAdd(key, new ConstructorIdentity(constructor, engine));
                return key;
            }

            identities.TryAdd(constructor, new ConstructorIdentity(constructor, null));
            return constructor;
        }

        private bool IsFormulaTwo(int round, List<F1dbResult> group)
            => facts.FormulaTwo.Any(f => f.Round == round && group.Any(r => f.Drivers.Contains(r.DriverId)));
    }

    private static RaceId GrandPrixId(F1dbRace race) => $"R{race.Round:00}";

    private static RaceId SprintId(F1dbRace race) => $"R{race.Round:00}S";

    private static ResultStatus StatusOf(string position) => position switch
    {
        "DNF" => ResultStatus.Retired,
        "NC" => ResultStatus.NotClassified,
        "DSQ" => ResultStatus.Disqualified,
        "EX" => ResultStatus.Excluded,
        "DNS" => ResultStatus.DidNotStart,
        _ when int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out _) => ResultStatus.Classified,
        _ => ResultStatus.Retired,
    };

    /// <summary>Gets a display name from an f1db id: <c>juan-manuel-fangio</c> gives <c>Juan Manuel Fangio</c>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The name.</returns>
    public static string NameOf(string id) => Title(id);

    private static string Title(string id)
        => string.Join(' ', id.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The engine facts of a season, indexed by constructor.</summary>
    private sealed class EngineBook
    {
        private readonly Dictionary<string, (string? Default, List<(string Engine, string Driver, HashSet<int> Rounds)> Uses)> book = new(StringComparer.Ordinal);

        public EngineBook(EquatableArray<EngineUse> facts)
        {
            foreach (var fact in facts)
            {
                if (!book.TryGetValue(fact.Constructor, out var entry))
                {
                    entry = (null, []);
                }

                if (fact.Default)
                {
                    entry.Default = fact.Engine;
                }

                foreach (var part in fact.Drivers.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var space = part.IndexOf(' ', StringComparison.Ordinal);
                    entry.Uses.Add((fact.Engine, part[..space], Rounds(part[(space + 1)..])));
                }

                book[fact.Constructor] = entry;
            }
        }

        /// <summary>Gets the engine of a constructor's car, or null when the constructor used one make all season.</summary>
        public string? EngineOf(string constructor, string driver, int round)
        {
            if (!book.TryGetValue(constructor, out var entry))
            {
                return null;
            }

            foreach (var (engine, d, rounds) in entry.Uses)
            {
                if (d == driver && rounds.Contains(round))
                {
                    return engine;
                }
            }

            return entry.Default ?? throw new InvalidOperationException($"No engine is known for {constructor} driven by {driver} in round {round}.");
        }

        private static HashSet<int> Rounds(string text)
        {
            var set = new HashSet<int>();
            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var dash = part.IndexOf('-', StringComparison.Ordinal);
                var from = int.Parse(dash < 0 ? part : part[..dash], CultureInfo.InvariantCulture);
                var to = dash < 0 ? from : int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
                for (var r = from; r <= to; r++)
                {
                    set.Add(r);
                }
            }

            return set;
        }
    }
}
