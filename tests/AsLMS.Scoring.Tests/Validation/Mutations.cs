using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>A change to a valid generated season that breaks exactly one rule; null when the season has nothing to break that way.</summary>
/// <param name="Code">The code of the rule it breaks.</param>
/// <param name="Apply">The change.</param>
internal sealed record Mutation(string Code, Func<GeneratedSeason, GeneratedSeason?> Apply)
{
    public override string ToString() => Code;
}

/// <summary>One mutation per error code, for the property that each is reported with exactly its code.</summary>
internal static class Mutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        // General.
        new(ErrorCodes.MissingValue, s => WithResults(s, r => r with { Drivers = r.Drivers.Add(null!) })),
        new(ErrorCodes.ValueOutOfRange, s => WithRules(s, r => r with { Invitations = [r.Invitations[0] with { Position = 0 }, .. r.Invitations.Skip(1)] })),

        // Calendar.
        new(ErrorCodes.DuplicateRace, s => WithRules(s, r => AddRace(r, r.Season.Races[0].Id, LastRound(r) + 1, r.Season.Races[^1].Date))),
        new(ErrorCodes.DuplicateRound, s => WithRules(s, r => AddRace(r, "RX", LastRound(r), r.Season.Races[^1].Date))),
        new(ErrorCodes.RoundOutOfOrder, s => WithRules(s, r => AddRace(r with { Season = r.Season with { FirstDay = r.Season.FirstDay.PlusDays(-1) } }, "RX", LastRound(r) + 1, r.Season.Races[0].Date.PlusDays(-1)))),
        new(ErrorCodes.RaceOutsideSeason, s => WithRules(s, r => ChangeLastRace(r, race => race with { Date = r.Season.LastDay.PlusDays(1), Start = r.Season.LastDay.PlusDays(1).At(race.Start!.Value.TimeOfDay).InZoneStrictly(race.Start.Value.Zone) }))),
        new(ErrorCodes.RaceStartMismatch, s => WithRules(s, r => ChangeLastRace(r, race => race with { Start = race.Start!.Value.ToInstant().InUtc() }))),

        // Classes and tables.
        new(ErrorCodes.DuplicateClass, s => WithRules(s, r => r with { Classes = r.Classes.Add(r.Classes[0]) })),
        new(ErrorCodes.UnknownClass, s => WithRules(s, r => r with { Tables = [r.Tables[0] with { Classes = r.Tables[0].Classes.Add("Nope") }, .. r.Tables.Skip(1)] })),
        new(ErrorCodes.NestedSubClass, s => WithRules(s, r => r with { Classes = r.Classes.Add(new ClassDefinition { Id = "Loop", Name = "Loop", Parent = "Loop" }) })),
        new(ErrorCodes.DuplicateTable, s => WithRules(s, r => r with { Tables = r.Tables.Add(r.Tables[0]) })),
        new(ErrorCodes.UnknownTable, s => WithRules(s, r => r with { Invitations = [r.Invitations[0] with { Table = "Nope" }, .. r.Invitations.Skip(1)] })),

        // Scoring.
        new(ErrorCodes.NegativePoints, s => WithRules(s, r => WithScoring(r, x => x with { Pole = -1 }))),
        new(ErrorCodes.IncreasingScale, s => WithRules(s, r => WithScoring(r, x => x with { Scale = [x.Scale[1], x.Scale[0], .. x.Scale.Skip(2)] }))),
        new(ErrorCodes.BeyondScaleAboveScale, s => WithRules(s, r => WithScoring(r, x => x with { BeyondScale = x.Scale[^1] + Points.Half }))),
        // The last race in a category of its own too: a season whose races all have a category keeps no race on the default.
        new(ErrorCodes.MissingRaceScoring, s => WithRules(s, r => ChangeLastRace(WithScoring(r, x => x with { Category = "none" }), race => race with { Category = "Unscored" }))),
        new(ErrorCodes.DuplicateRaceScoring, s => WithRules(s, r => r with { Scoring = r.Scoring with { Races = r.Scoring.Races.Add(r.Scoring.Races[0]) } })),
        new(ErrorCodes.DropSegmentOutsideCalendar, s => WithRules(s, r => WithDrops(r, new DropSegment { FirstRound = LastRound(r) + 1, BestResults = 1 }))),
        new(ErrorCodes.OverlappingDropSegments, s => WithRules(s, r => WithDrops(r, new DropSegment { BestResults = 1 }, new DropSegment { LastRound = 1, BestResults = 1 }))),
        new(ErrorCodes.DropCountOutOfRange, s => WithRules(s, r => WithDrops(r, new DropSegment { BestResults = r.Season.Races.Count + 1 }))),

        // Crews and invitations.
        new(ErrorCodes.DuplicateCrewRequirement, s => WithRules(s, r => r with { CrewRequirements = r.CrewRequirements.Add(r.CrewRequirements[0]) })),
        new(ErrorCodes.UnsatisfiableCrewRequirement, s => WithRules(s, r => r with
        {
            CrewRequirements = r.CrewRequirements.Select(c => c.Id == "bronze-required" ? c with { Minimum = r.CrewRequirements.Single(x => x.Id == "crew-size").Maximum + 1 } : c).ToEquatableArray(),
        })),
        new(ErrorCodes.DuplicateInvitation, s => WithRules(s, r => r with { Invitations = r.Invitations.Add(r.Invitations[0]) })),
        new(ErrorCodes.InvitationTableNotOfCars, s => WithRules(s, r => r with { Invitations = [r.Invitations[0] with { Table = r.Tables.First(t => t.Competitors == CompetitorKind.Driver).Id }, .. r.Invitations.Skip(1)] })),

        // Season and entries.
        new(ErrorCodes.RaceNotInCalendar, s => WithResults(s, r => r with { Races = [r.Races[0] with { Race = "R999" }, .. r.Races.Skip(1)] })),
        new(ErrorCodes.DuplicateRaceResult, s => WithResults(s, r => r with { Races = r.Races.Add(r.Races[0]) })),
        new(ErrorCodes.DuplicateEntry, s => WithResults(s, r => r with { Entries = r.Entries.Add(r.Entries[0]) })),
        new(ErrorCodes.DuplicateDriver, s => WithResults(s, r => r with { Drivers = r.Drivers.Add(r.Drivers[0]) })),
        new(ErrorCodes.SubClassMismatch, s => s.Results.Entries.FirstOrDefault(e => e.SubClass is null) is { } entry
            ? WithResults(s, r => ChangeEntry(r, entry.Car, e => e with { SubClass = e.Class }))
            : null),
        new(ErrorCodes.DriverListedTwice, s => WithResults(s, r => ChangeEntry(r, r.Entries[0].Car, e => e with { Crew = e.Crew.Add(e.Crew[0]) }))),
        new(ErrorCodes.CrewRequirementNotMet, s => WithResults(s, r => r with
        {
            Drivers = r.Drivers.Select(d => r.Entries[0].Crew.AsSpan().Contains(d.Id) ? d with { Category = DriverCategory.Gold } : d).ToEquatableArray(),
        })),

        // Races.
        new(ErrorCodes.UnknownCar, s => WithRace(s, 0, race => race with { Cars = [race.Cars[0] with { Car = "999X" }, .. race.Cars.Skip(1)] })),
        new(ErrorCodes.DuplicateCarInRace, s => WithRace(s, 0, race => race with { Cars = race.Cars.Add(race.Cars[0]) })),
        new(ErrorCodes.UnknownDriver, s => WithRace(s, 0, race => race with { Cars = [race.Cars[0] with { Drivers = [race.Cars[0].Drivers[0] with { Driver = "NOBODY" }, .. race.Cars[0].Drivers.Skip(1)] }, .. race.Cars.Skip(1)] })),
        new(ErrorCodes.MissingPosition, s => WithClassified(s, 1, (race, classified) => ChangeCar(race, classified[^1].Car, c => c with { Position = null }))),
        new(ErrorCodes.DuplicatePosition, s => WithClassified(s, 2, (race, classified) => ChangeCar(race, classified[1].Car, c => c with { Position = 1 }))),
        new(ErrorCodes.PositionGap, s => WithClassified(s, 1, (race, classified) => ChangeCar(race, classified[^1].Car, c => c with { Position = c.Position + 1 }))),
        new(ErrorCodes.LapsContradictOrder, s => WithClassified(s, 2, (race, classified) => ChangeCar(race, classified[^1].Car, c => c with { Laps = classified[^2].Laps + 1 }))),
        new(ErrorCodes.CarNotInClass, CarNotInClass),
        new(ErrorCodes.DuplicatePole, s => s.Results.Races.Select((r, i) => (r, i)).FirstOrDefault(x => !x.r.Poles.IsEmpty) is { r: not null } found
            ? WithRace(s, found.i, race => race with { Poles = race.Poles.Add(race.Poles[0]) })
            : null),
        new(ErrorCodes.DriveTimeExceedsRace, s => WithRace(s, 0, race => race.Cars.FirstOrDefault(c => c.TotalTime is not null && !c.Drivers.IsEmpty) is { } car
            ? ChangeCar(race, car.Car, c => c with { Drivers = [c.Drivers[0] with { Time = c.Drivers[0].Time + Duration.FromHours(1) }, .. c.Drivers.Skip(1)] })
            : null)),
        new(ErrorCodes.DriverNotNominated, DriverNotNominated),
        new(ErrorCodes.DriverInTwoCars, DriverInTwoCars),
        new(ErrorCodes.BelowClassificationThreshold, BelowClassificationThreshold),
        new(ErrorCodes.CarNotInRace, s => WithResults(s, r => r with
        {
            Entries = r.Entries.Add(r.Entries[0] with { Car = "999" }),
            Races = [r.Races[0] with { Adjustments = [new PositionPenalty { Car = "999", Places = 1 }] }, .. r.Races.Skip(1)],
        })),
        new(ErrorCodes.MisplacedAdjustment, s => WithResults(s, r => r with { Adjustments = [new RaceExclusion { Car = r.Entries[0].Car }] })),
        new(ErrorCodes.TimePenaltyWithoutTimes, s => WithClassified(s, 1, (race, classified) => ChangeCar(race, classified[^1].Car, c => c with { TotalTime = null }) with
        {
            Adjustments = [new TimePenalty { Car = classified[0].Car, Time = Duration.FromSeconds(30) }],
        })),
    ];

    private static GeneratedSeason WithRules(GeneratedSeason season, Func<RuleSet, RuleSet> change) => season with { Rules = change(season.Rules) };

    private static GeneratedSeason WithResults(GeneratedSeason season, Func<SeasonResults, SeasonResults> change) => season with { Results = change(season.Results) };

    private static GeneratedSeason? WithRace(GeneratedSeason season, int index, Func<RaceResult, RaceResult?> change)
        => change(season.Results.Races[index]) is { } changed
            ? WithResults(season, r => r with { Races = r.Races.Select((x, i) => i == index ? changed : x).ToEquatableArray() })
            : null;

    /// <summary>Changes the first race with at least <paramref name="minimum"/> classified cars, given them in position order.</summary>
    private static GeneratedSeason? WithClassified(GeneratedSeason season, int minimum, Func<RaceResult, List<CarResult>, RaceResult> change)
    {
        for (var i = 0; i < season.Results.Races.Count; i++)
        {
            var classified = season.Results.Races[i].Cars.Where(c => c.Status == ResultStatus.Classified).OrderBy(c => c.Position).ToList();
            if (classified.Count >= minimum)
            {
                return WithRace(season, i, race => change(race, classified));
            }
        }

        return null;
    }

    private static RaceResult ChangeCar(RaceResult race, CarNumber car, Func<CarResult, CarResult> change)
        => race with { Cars = race.Cars.Select(c => c.Car == car ? change(c) : c).ToEquatableArray() };

    private static SeasonResults ChangeEntry(SeasonResults results, CarNumber car, Func<Entry, Entry> change)
        => results with { Entries = results.Entries.Select(e => e.Car == car ? change(e) : e).ToEquatableArray() };

    private static int LastRound(RuleSet rules) => rules.Season.Races[^1].Round;

    private static RuleSet WithScoring(RuleSet rules, Func<RaceScoring, RaceScoring> change)
        => rules with { Scoring = rules.Scoring with { Races = [change(rules.Scoring.Races[0]), .. rules.Scoring.Races.Skip(1)] } };

    private static RuleSet WithDrops(RuleSet rules, params DropSegment[] segments)
        => rules with { Scoring = rules.Scoring with { Drops = new DropRule { Segments = EquatableArray.Create<DropSegment>(segments) } } };

    private static RuleSet AddRace(RuleSet rules, RaceId id, int round, LocalDate date)
    {
        var last = rules.Season.Events[^1];
        var template = last.Races[^1];
        var race = template with { Id = id, Round = round, Name = $"Extra race {id}", Date = date, Start = date.At(new LocalTime(11, 0)).InZoneStrictly(last.Circuit.TimeZone) };
        return rules with { Season = rules.Season with { Events = [.. rules.Season.Events.SkipLast(1), last with { Races = last.Races.Add(race) }] } };
    }

    private static RuleSet ChangeLastRace(RuleSet rules, Func<Race, Race> change)
    {
        var last = rules.Season.Events[^1];
        return rules with { Season = rules.Season with { Events = [.. rules.Season.Events.SkipLast(1), last with { Races = [.. last.Races.SkipLast(1), change(last.Races[^1])] }] } };
    }

    /// <summary>Gives a class pole to a car of another class.</summary>
    private static GeneratedSeason? CarNotInClass(GeneratedSeason season)
    {
        for (var i = 0; i < season.Results.Races.Count; i++)
        {
            var race = season.Results.Races[i];
            for (var p = 0; p < race.Poles.Count; p++)
            {
                var pole = race.Poles[p];
                var other = season.Results.Entries.FirstOrDefault(e => e.Class != pole.Class && e.SubClass != pole.Class);
                if (other is not null)
                {
                    var index = p;
                    return WithRace(season, i, r => r with { Poles = r.Poles.Select((x, k) => k == index ? x with { Car = other.Car } : x).ToEquatableArray() });
                }
            }
        }

        return null;
    }

    /// <summary>A new driver, like the one replaced, drives a car in the first race.</summary>
    private static GeneratedSeason? DriverNotNominated(GeneratedSeason season)
    {
        var race = season.Results.Races[0];
        var car = race.Cars.FirstOrDefault(c => !c.Drivers.IsEmpty);
        if (car is null)
        {
            return null;
        }

        var replaced = season.Results.FindDriver(car.Drivers[0].Driver)!;
        var newcomer = replaced with { Id = "NEWCOMER", Name = "New Comer" };
        return WithRace(
            WithResults(season, r => r with { Drivers = r.Drivers.Add(newcomer) }),
            0,
            x => ChangeCar(x, car.Car, c => c with { Drivers = [c.Drivers[0] with { Driver = newcomer.Id }, .. c.Drivers.Skip(1)] }));
    }

    /// <summary>Car B's first driver (a Bronze, as every generated crew's first) is replaced, in its entry and every race, by car A's.</summary>
    private static GeneratedSeason? DriverInTwoCars(GeneratedSeason season)
    {
        var results = season.Results;
        foreach (var race in results.Races)
        {
            var started = race.Cars.Where(c => c.Status != ResultStatus.DidNotStart).ToList();
            if (started.Count < 2)
            {
                continue;
            }

            var a = results.FindEntry(started[0].Car)!;
            var b = results.FindEntry(started[1].Car)!;
            var moved = a.Crew[0];
            return WithResults(season, r => ChangeEntry(r, b.Car, e => e with { Crew = [moved, .. e.Crew.Skip(1)] }) with
            {
                Races = r.Races.Select(x => ChangeCar(x, b.Car, c => c with { Drivers = [c.Drivers[0] with { Driver = moved }, .. c.Drivers.Skip(1)] })).ToEquatableArray(),
            });
        }

        return null;
    }

    /// <summary>Classification asks for 100 % of the class winner's laps, when a classified car has fewer.</summary>
    private static GeneratedSeason? BelowClassificationThreshold(GeneratedSeason season)
    {
        foreach (var race in season.Results.Races)
        {
            var winners = new Dictionary<ClassId, int>();
            foreach (var car in race.Cars.Where(c => c.Status == ResultStatus.Classified).OrderBy(c => c.Position))
            {
                var carClass = season.Results.FindEntry(car.Car)!.Class;
                if (!winners.TryAdd(carClass, car.Laps) && car.Laps < winners[carClass])
                {
                    return WithRules(season, r => r with { Classification = r.Classification with { MinimumShare = Ratio.One } });
                }
            }
        }

        return null;
    }
}
