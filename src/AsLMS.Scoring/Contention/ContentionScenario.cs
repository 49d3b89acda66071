using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// One way the remaining races of a table could go: each race's finishing order among the table's cars, the cars not classified,
/// the class poles and the fastest lap. <see cref="Complete"/> turns it into results that the standings calculator can score.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ContentionScenario
{
    /// <summary>Gets the table the scenario is for.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the last round that had already been run.</summary>
    public required int AfterRound { get; init; }

    /// <summary>Gets the remaining races of the table, in round order.</summary>
    public required EquatableArray<ScenarioRace> Races { get; init; }

    /// <summary>
    /// Gets the season's results completed by this scenario: the results of the rounds up to <see cref="AfterRound"/>, and one result
    /// per remaining race of the scenario (results of later rounds are replaced).
    /// </summary>
    /// <param name="rules">The rule set (for the calendar).</param>
    /// <param name="results">The season's results.</param>
    /// <returns>The completed results.</returns>
    public SeasonResults Complete(RuleSet rules, SeasonResults results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var races = new List<RaceResult>(results.Races.Count + Races.Count);
        foreach (var result in results.Races)
        {
            if (rules.Season.FindRace(result.Race) is { } race && race.Round <= AfterRound)
            {
                races.Add(result);
            }
        }

        foreach (var scenarioRace in Races)
        {
            var race = rules.Season.FindRace(scenarioRace.Race)
                ?? throw new ArgumentException($"Race '{scenarioRace.Race}' is not in the {rules.Label} calendar.", nameof(rules));
            races.Add(scenarioRace.ToRaceResult(race));
        }

        return results with { Races = races.ToEquatableArray() };
    }

    /// <summary>Describes the scenario, one race a line: <c>"R5: #2, #75, #57 ... (not classified: #11); pole #2"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Races.Select(r => r.ToString()));
}

/// <summary>One remaining race of a <see cref="ContentionScenario"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScenarioRace
{
    /// <summary>Gets the race.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets the table's cars classified, in finishing order.</summary>
    public required EquatableArray<CarNumber> Classified { get; init; }

    /// <summary>Gets the table's cars that are not classified (they are given as not starting).</summary>
    public EquatableArray<CarNumber> NotClassified { get; init; }

    /// <summary>Gets the class poles.</summary>
    public EquatableArray<ClassPole> Poles { get; init; }

    /// <summary>Gets the fastest lap, when the rules award points for it.</summary>
    public EquatableArray<FastestLap> FastestLaps { get; init; }

    /// <summary>Gets the race's result: classified cars in order on the leader's laps, the others as not starting.</summary>
    /// <param name="race">The race of the calendar (for a full distance and running time, so that no shortened-race rule applies).</param>
    /// <returns>The result.</returns>
    public RaceResult ToRaceResult(Race race)
    {
        ArgumentNullException.ThrowIfNull(race);
        var laps = race.ScheduledLaps ?? 100;
        var cars = new List<CarResult>(Classified.Count + NotClassified.Count);
        for (var i = 0; i < Classified.Count; i++)
        {
            cars.Add(new CarResult { Car = Classified[i], Position = i + 1, Status = ResultStatus.Classified, Laps = laps });
        }

        foreach (var car in NotClassified)
        {
            cars.Add(new CarResult { Car = car, Status = ResultStatus.DidNotStart });
        }

        return new RaceResult
        {
            Race = Race,
            Cars = cars.ToEquatableArray(),
            Poles = Poles,
            FastestLaps = FastestLaps,
            LeaderLaps = laps,
            RunningTime = race.ScheduledDuration,
        };
    }

    /// <summary>Describes the race: <c>"R5: #2, #75, #57 (not classified: #11); pole #2"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = $"{Race}: {string.Join(", ", Classified.Select(c => "#" + c))}";
        if (!NotClassified.IsEmpty)
        {
            text += $" (not classified: {string.Join(", ", NotClassified.Select(c => "#" + c))})";
        }

        if (!Poles.IsEmpty)
        {
            text += "; pole " + string.Join(", ", Poles.Select(p => "#" + p.Car));
        }

        if (!FastestLaps.IsEmpty)
        {
            text += "; fastest lap " + string.Join(", ", FastestLaps.Select(p => "#" + p.Car));
        }

        return text;
    }
}
