using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Generation;

/// <summary>
/// Generates realistic, AsLMS-shaped seasons from a seed: double-header events at Asian circuits, classes of different pace,
/// 2-3 driver pro-am crews with a Bronze, retirements, non-classified and non-starting cars, drive times and class poles.
/// The same options always give the same season, on every platform.
/// </summary>
/// <remarks>
/// <para>For demos, samples, benchmarks and property tests. A generated rule set is labelled as generated: it is not a real season.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class SeasonGenerator
{
    private static readonly (string Name, string Circuit, string Country, string Zone)[] Venues =
    [
        ("4 Hours of Sepang", "Sepang International Circuit", "MYS", "Asia/Kuala_Lumpur"),
        ("4 Hours of Dubai", "Dubai Autodrome", "ARE", "Asia/Dubai"),
        ("4 Hours of Abu Dhabi", "Yas Marina Circuit", "ARE", "Asia/Dubai"),
        ("4 Hours of Buriram", "Chang International Circuit", "THA", "Asia/Bangkok"),
        ("4 Hours of Fuji", "Fuji Speedway", "JPN", "Asia/Tokyo"),
        ("4 Hours of Shanghai", "Shanghai International Circuit", "CHN", "Asia/Shanghai"),
        ("4 Hours of The Bend", "The Bend Motorsport Park", "AUS", "Australia/Adelaide"),
        ("4 Hours of Inje", "Inje Speedium", "KOR", "Asia/Seoul"),
        ("4 Hours of Zhuhai", "Zhuhai International Circuit", "CHN", "Asia/Shanghai"),
        ("4 Hours of Okayama", "Okayama International Circuit", "JPN", "Asia/Tokyo"),
    ];

    private static readonly string[] FirstNames =
    [
        "Akira", "Ben", "Carlos", "Daniel", "Erik", "Felipe", "Giorgio", "Hiro", "Ivan", "Jun", "Kevin", "Lars", "Marco", "Nico", "Oliver",
        "Paul", "Quentin", "Rafael", "Sven", "Takeshi", "Umar", "Valentin", "Wei", "Xavier", "Yuki", "Zhou", "Anders", "Brendan", "Cheng",
        "Dmitri", "Emil", "Finn", "Gustavo", "Haruki", "Ian", "Jakob", "Kenji", "Luca", "Mikkel", "Nathan",
    ];

    private static readonly string[] LastNames =
    [
        "Tanaka", "Hansen", "Rossi", "Müller", "Lee", "Silva", "Dubois", "Novak", "Kim", "Chen", "Sato", "Jensen", "Bianchi", "Weber", "Wong",
        "Costa", "Laurent", "Kowalski", "Park", "Lin", "Suzuki", "Nielsen", "Ferrari", "Schmidt", "Ng", "Santos", "Moreau", "Horvat", "Choi",
        "Huang", "Ito", "Larsen", "Ricci", "Fischer", "Tan", "Pereira", "Girard", "Kovac", "Han", "Zhang", "Watanabe", "Berg", "Greco",
        "Wagner", "Lim", "Oliveira", "Fontaine", "Varga", "Yoon", "Wu", "Kato", "Holm", "Marino", "Becker", "Goh", "Rocha", "Mercier",
        "Popescu", "Kang", "Zhao",
    ];

    private static readonly string[] Nationalities =
    [
        "JPN", "CHN", "HKG", "MYS", "SGP", "THA", "KOR", "IND", "ARE", "AUS", "NZL", "GBR", "DEU", "FRA", "ITA", "DNK", "CHE", "USA", "NLD", "BEL",
    ];

    private static readonly string[] TeamWords =
    [
        "Phoenix", "Dragon", "Eastern", "Orient", "Falcon", "Typhoon", "Horizon", "Jade", "Monsoon", "Lotus", "Tiger", "Comet", "Meridian",
        "Summit", "Pacific", "Aurora", "Vortex", "Zenith", "Crescent", "Harbour", "Kite", "Lantern", "Sakura", "Pearl", "Bamboo",
    ];

    private static readonly string[] TeamSuffixes = ["Racing", "Motorsport", "Competition", "Racing Team", "Engineering"];

    /// <summary>Generates the demo season (<see cref="GeneratorOptions.Demo"/>).</summary>
    /// <returns>The season.</returns>
    public static GeneratedSeason Demo() => Generate(GeneratorOptions.Demo);

    /// <summary>Generates a season.</summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The season.</returns>
    /// <exception cref="ArgumentException">The options are out of range (no class, no race, fewer cars than classes, crews outside 1-4).</exception>
    public static GeneratedSeason Generate(GeneratorOptions options)
    {
        Preconditions.CheckNotNull(options);
        Preconditions.CheckArgument(!options.Classes.IsEmpty, "At least one class is needed.", nameof(options));
        Preconditions.CheckArgumentRange(options.Races, 1, 100, nameof(options.Races));
        Preconditions.CheckArgumentRange(options.Cars, options.Classes.Count, 2000, nameof(options.Cars));
        Preconditions.CheckArgumentRange(options.MinimumCrew, 1, 4, nameof(options.MinimumCrew));
        Preconditions.CheckArgumentRange(options.MaximumCrew, options.MinimumCrew, 4, nameof(options.MaximumCrew));

        var random = new SplitMix64(options.Seed);
        var rules = BuildRules(options);
        var (drivers, entries, strength) = BuildEntries(options, ref random);
        var races = new List<RaceResult>(options.Races);
        foreach (var race in rules.Season.Races)
        {
            races.Add(BuildRace(options, rules.Classification, race, entries, strength, ref random));
        }

        return new GeneratedSeason
        {
            Rules = rules,
            Results = new SeasonResults
            {
                Drivers = drivers.ToEquatableArray(),
                Entries = entries.ToEquatableArray(),
                Races = races.ToEquatableArray(),
            },
        };
    }

    private static RuleSet BuildRules(GeneratorOptions options)
    {
        var firstDay = new LocalDate(2025, 12, 13);
        var events = new List<RaceEvent>();
        var round = 0;
        for (var e = 0; round < options.Races; e++)
        {
            var venue = Venues[e % Venues.Length];
            var zone = DateTimeZoneProviders.Tzdb[venue.Zone];
            var saturday = firstDay.PlusDays(21 * e);
            var eventRaces = new List<Race>();
            for (var day = 0; day < 2 && round < options.Races; day++)
            {
                round++;
                var date = saturday.PlusDays(day);
                eventRaces.Add(new Race
                {
                    Id = $"R{round}",
                    Round = round,
                    Name = $"{venue.Name}, race {day + 1}",
                    Date = date,
                    Start = date.At(new LocalTime(11, 0)).InZoneStrictly(zone),
                    ScheduledDuration = options.RaceDuration,
                });
            }

            var lap = e / Venues.Length;
            events.Add(new RaceEvent
            {
                Name = lap == 0 ? venue.Name : $"{venue.Name} ({lap + 1})",
                Circuit = new Circuit { Name = venue.Circuit, Country = venue.Country, TimeZone = zone },
                Races = eventRaces.ToEquatableArray(),
            });
        }

        var lastDay = events[^1].Races[^1].Date;
        var classes = new List<ClassDefinition>();
        var tables = new List<ChampionshipTable>();
        foreach (var name in options.Classes)
        {
            classes.Add(new ClassDefinition { Id = name, Name = name });
            tables.Add(new ChampionshipTable { Id = $"{name} Teams", Name = $"{name} Teams", Competitors = CompetitorKind.Car, Classes = [name] });
            tables.Add(new ChampionshipTable { Id = $"{name} Drivers", Name = $"{name} Drivers", Competitors = CompetitorKind.Driver, Classes = [name] });
            if (options.AmSubClasses)
            {
                var am = AmOf(name);
                classes.Add(new ClassDefinition { Id = am, Name = am, Parent = name, Description = "All-Am crews (Silver and Bronze drivers)." });
                tables.Add(new ChampionshipTable { Id = $"{am} Teams", Name = $"{am} Teams", Competitors = CompetitorKind.Car, Classes = [am] });
                tables.Add(new ChampionshipTable { Id = $"{am} Drivers", Name = $"{am} Drivers", Competitors = CompetitorKind.Driver, Classes = [am] });
            }
        }

        var crew = new List<CrewRequirement>
        {
            new() { Id = "crew-size", Description = $"{options.MinimumCrew} to {options.MaximumCrew} drivers per car.", Minimum = options.MinimumCrew, Maximum = options.MaximumCrew },
            new() { Id = "bronze-required", Description = "At least one Bronze driver in every crew.", Categories = [DriverCategory.Bronze], Minimum = 1 },
        };
        if (options.AmSubClasses)
        {
            crew.Add(new CrewRequirement
            {
                Id = "all-am",
                Description = "Am sub-classifications: no Gold or Platinum driver.",
                Classes = options.Classes.Select(c => new ClassId(AmOf(c))).ToEquatableArray(),
                Categories = [DriverCategory.Gold, DriverCategory.Platinum],
                Maximum = 0,
            });
        }

        var first = options.Classes[0];
        var last = options.Classes[^1];
        var invitations = new List<InvitationRule>
        {
            new() { Id = $"{first.ToLowerInvariant()}-champion", Table = $"{first} Teams", Position = 1, LeMansClass = first },
        };
        if (options.Classes.Count > 1)
        {
            invitations.Add(new InvitationRule { Id = $"{last.ToLowerInvariant()}-champion", Table = $"{last} Teams", Position = 1, LeMansClass = "LMGT3" });
        }

        return new RuleSet
        {
            Series = "Asian Le Mans Series (generated demo)",
            Season = new Season
            {
                Label = $"Demo {firstDay.Year}-{lastDay.Year % 100:00}",
                FirstDay = firstDay,
                LastDay = lastDay,
                Events = events.ToEquatableArray(),
            },
            Classes = classes.ToEquatableArray(),
            Tables = tables.ToEquatableArray(),
            Scoring = new ScoringRules
            {
                Races =
                [
                    new RaceScoring
                    {
                        Scale = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1],
                        BeyondScale = options.BeyondScale,
                        Pole = 1,
                        MinimumDriveTime = options.MinimumDriveTime,
                    },
                ],
                TieBreaks = [TieBreak.Countback, TieBreak.LatestResult],
            },
            CrewRequirements = crew.ToEquatableArray(),
            Invitations = invitations.ToEquatableArray(),
            Notes = $"Generated by SeasonGenerator (seed {options.Seed}): not a real season. Modern AsLMS scoring (25-18-15-12-10-8-6-4-2-1, one point for class pole).",
        };
    }

    private static string AmOf(string className) => className + " Am";

    private static (List<Driver> Drivers, List<Entry> Entries, double[] Strength) BuildEntries(GeneratorOptions options, ref SplitMix64 random)
    {
        var drivers = new List<Driver>();
        var entries = new List<Entry>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var numbers = Enumerable.Range(1, Math.Max(99, options.Cars * 2)).ToArray();
        for (var i = numbers.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (numbers[i], numbers[j]) = (numbers[j], numbers[i]);
        }

        var strength = new double[options.Cars];
        var classCount = options.Classes.Count;
        string? previousTeam = null;
        for (var car = 0; car < options.Cars; car++)
        {
            var className = options.Classes[car * classCount / options.Cars];
            var am = options.AmSubClasses && random.Chance(330);

            // About a third of the teams run a second car in the same class.
            var team = previousTeam is not null && random.Chance(300) ? previousTeam : TeamName(ref random, entries);
            previousTeam = team == previousTeam ? null : team;

            var crewSize = random.Next(options.MinimumCrew, options.MaximumCrew + 1);
            var crew = new List<DriverId>(crewSize);
            for (var d = 0; d < crewSize; d++)
            {
                string name;
                do
                {
                    name = $"{random.Pick(FirstNames)} {random.Pick(LastNames)}";
                }
                while (!usedNames.Add(name));

                var category = d == 0
                    ? DriverCategory.Bronze
                    : am ? (random.Chance(500) ? DriverCategory.Silver : DriverCategory.Bronze) : (DriverCategory)random.Next(1, 4);
                var id = new DriverId($"D{drivers.Count + 1:000}");
                drivers.Add(new Driver { Id = id, Name = name, Nationality = random.Pick(Nationalities), Category = category });
                crew.Add(id);
            }

            strength[car] = random.Next(1000) / 1000.0;
            entries.Add(new Entry
            {
                Car = numbers[car].ToString(System.Globalization.CultureInfo.InvariantCulture),
                Entrant = team,
                Class = className,
                SubClass = am ? new ClassId(AmOf(className)) : (ClassId?)null,
                Crew = crew.ToEquatableArray(),
            });
        }

        return (drivers, entries, strength);
    }

    private static string TeamName(ref SplitMix64 random, List<Entry> entries)
    {
        while (true)
        {
            var name = $"{random.Pick(TeamWords)} {random.Pick(TeamSuffixes)}";
            if (!entries.Exists(e => e.Entrant == name))
            {
                return name;
            }

            name = $"{name} {random.Pick(TeamWords)}";
            if (!entries.Exists(e => e.Entrant == name))
            {
                return name;
            }
        }
    }

    private static RaceResult BuildRace(GeneratorOptions options, ClassificationRule classification, Race race, List<Entry> entries, double[] strength, ref SplitMix64 random)
    {
        var raceSeconds = (long)options.RaceDuration.TotalSeconds;
        var classCount = options.Classes.Count;
        var rows = new List<(int Car, ResultStatus Status, int Laps, long TimeMs)>(entries.Count);
        var poles = new List<ClassPole>();

        for (var c = 0; c < classCount; c++)
        {
            var className = options.Classes[c];

            // Faster classes complete more laps: about 117 s a lap for the first class, 6 s slower for each class after it.
            var lapSeconds = 117 + (6 * c);
            var winnerLaps = (int)(raceSeconds / (lapSeconds * 1.04));

            // In a big field or a short race the last cars would fall below the classification share (or below no laps at all);
            // cars that finish still cover it.
            var classifiedLaps = classification.MinimumShare is { } share ? (int)(((winnerLaps * share.Numerator) + share.Denominator - 1) / share.Denominator) : 0;
            var cars = new List<(int Car, double Score)>();
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Class.Value == className)
                {
                    cars.Add((i, strength[i] + (random.Next(1000) / 1500.0)));
                }
            }

            cars.Sort((a, b) => b.Score.CompareTo(a.Score));
            AddPole(className, cars, ref random);
            if (options.AmSubClasses)
            {
                AddPole(AmOf(className), cars.FindAll(x => entries[x.Car].SubClass is not null), ref random);
            }

            for (var place = 0; place < cars.Count; place++)
            {
                var car = cars[place].Car;
                var laps = winnerLaps - (place / 3) - (random.Chance(200) ? 1 : 0);
                var time = (raceSeconds * 1000) + random.Next(lapSeconds * 1000);
                var status = ResultStatus.Classified;
                if (random.Chance(10))
                {
                    (status, laps, time) = (ResultStatus.DidNotStart, 0, 0);
                }
                else if (random.Chance(70))
                {
                    laps = random.Next(1, (int)(winnerLaps * 0.9));
                    (status, time) = (ResultStatus.Retired, laps * lapSeconds * 1000L);
                }
                else if (random.Chance(20))
                {
                    laps = random.Next((int)(winnerLaps * 0.4), (int)(winnerLaps * 0.69));
                    status = ResultStatus.NotClassified;
                }
                else if (random.Chance(5))
                {
                    status = ResultStatus.Disqualified;
                }

                if (status is ResultStatus.Classified or ResultStatus.Disqualified)
                {
                    laps = Math.Max(laps, classifiedLaps);
                }

                rows.Add((car, status, laps, time));
            }
        }

        // Overall order of the classified cars: most laps, then least time.
        var classified = rows.FindAll(r => r.Status == ResultStatus.Classified);
        classified.Sort((a, b) => b.Laps != a.Laps ? b.Laps.CompareTo(a.Laps) : a.TimeMs.CompareTo(b.TimeMs));
        var positions = new Dictionary<int, int>();
        for (var i = 0; i < classified.Count; i++)
        {
            positions[classified[i].Car] = i + 1;
        }

        var results = new List<CarResult>(rows.Count);
        foreach (var row in rows)
        {
            var entry = entries[row.Car];
            results.Add(new CarResult
            {
                Car = entry.Car,
                Status = row.Status,
                Position = positions.TryGetValue(row.Car, out var p) ? p : null,
                Laps = row.Laps,
                TotalTime = row.Status is ResultStatus.DidNotStart ? null : Duration.FromMilliseconds(row.TimeMs),
                Drivers = DriveTimes(entry, row.TimeMs, ref random),
            });
        }

        return new RaceResult { Race = race.Id, Cars = results.ToEquatableArray(), Poles = poles.ToEquatableArray() };

        void AddPole(string className, List<(int Car, double Score)> cars, ref SplitMix64 random)
        {
            if (cars.Count == 0)
            {
                return;
            }

            // Qualifying mostly follows pace, sometimes not.
            var pole = cars[random.Chance(700) ? 0 : random.Next(cars.Count)].Car;
            poles.Add(new ClassPole(className, entries[pole].Car));
        }

        EquatableArray<DriveTime> DriveTimes(Entry entry, long totalMs, ref SplitMix64 random)
        {
            var crew = entry.Crew;
            if (totalMs == 0)
            {
                return crew.Select(d => new DriveTime(d, Duration.Zero)).ToEquatableArray();
            }

            // Split the car's time between its drivers in whole seconds; the last driver takes the rest.
            var weights = new int[crew.Count];
            var sum = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = random.Next(60, 140);
                sum += weights[i];
            }

            var times = new DriveTime[crew.Count];
            var assigned = 0L;
            for (var i = 0; i < times.Length; i++)
            {
                var ms = i == times.Length - 1 ? totalMs - assigned : totalMs * weights[i] / sum / 1000 * 1000;
                assigned += ms;
                times[i] = new DriveTime(crew[i], Duration.FromMilliseconds(ms));
            }

            return EquatableArray.Own(times);
        }
    }
}
