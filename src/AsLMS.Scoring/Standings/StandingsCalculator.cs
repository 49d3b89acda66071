using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>
/// Calculates championship standings: race results in, every table's ranked rows out, with per-race breakdowns, dropped results
/// and the reason for every tie-break.
/// </summary>
/// <remarks>
/// <para>Every method is a pure function of its immutable inputs and is thread-safe: any number of calculations may share a rule set.</para>
/// <para>Cost: linear in the number of race results per table, plus a sort of each table's rows; working memory is pooled, and what is
/// allocated is the output (one array of race scores per row). The standings returned are complete; the row objects of a table are
/// made when its <see cref="TableStandings.Rows"/> is first read, and a tie's explanation in words when it is read.</para>
/// <para>Before scoring, the calculator makes only the checks it needs (unknown or repeated cars, drivers and races, positions,
/// adjustments it could not apply, races it has no scoring for: the codes marked "calculator" in
/// <see cref="Validation.ErrorCodes"/>) and refuses input that fails them with one <see cref="ScoringInputException"/> carrying
/// every failure. The rest (the rule set's consistency, crews, laps against the order, drive times) is left to
/// <see cref="Validation.SeasonValidation"/>, which shares those checks and reports everything as values: validate first.</para>
/// </remarks>
public static class StandingsCalculator
{
    /// <summary>Calculates the standings of every table from all the results given.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The results.</param>
    /// <returns>The standings.</returns>
    /// <exception cref="ScoringInputException">The results cannot be scored (an unknown car, a race not in the calendar...).</exception>
    public static SeasonStandings Calculate(RuleSet rules, SeasonResults results) => Calculate(rules, results, afterRound: null);

    /// <summary>Calculates the standings of every table after a round: results of later rounds are ignored.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The results.</param>
    /// <param name="afterRound">The last round to include, or null for all.</param>
    /// <returns>The standings.</returns>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static SeasonStandings Calculate(RuleSet rules, SeasonResults results, int? afterRound)
    {
        var sheet = SeasonSheet.Build(rules, results);
        try
        {
            return Calculate(sheet, afterRound);
        }
        finally
        {
            sheet.Return();
        }
    }

    /// <summary>
    /// Calculates the standings after each round that has results, in round order: the progression a results site shows.
    /// The results are indexed once, and each table's races scored once, for all rounds; each round equals
    /// <see cref="Calculate(RuleSet, SeasonResults, int?)"/> after that round. A competitor's race scores are shared by its rows of
    /// every round, and a round's row objects are made only when its rows are read.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The results.</param>
    /// <returns>The standings after each round with results.</returns>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static EquatableArray<SeasonStandings> Progression(RuleSet rules, SeasonResults results)
    {
        var sheet = SeasonSheet.Build(rules, results);
        var rounds = new int[sheet.Races.Length];
        for (var i = 0; i < rounds.Length; i++)
        {
            rounds[i] = sheet.Races[i].Race.Round;
        }

        var tables = sheet.Rules.Tables;
        var byTable = new TableStandings[tables.Count][];
        try
        {
            for (var t = 0; t < byTable.Length; t++)
            {
                byTable[t] = TableScorer.Progression(sheet, tables[t], rounds);
            }
        }
        finally
        {
            sheet.Return();
        }

        var progression = new SeasonStandings[rounds.Length];
        for (var i = 0; i < rounds.Length; i++)
        {
            var standings = new TableStandings[byTable.Length];
            for (var t = 0; t < standings.Length; t++)
            {
                standings[t] = byTable[t][i];
            }

            progression[i] = new SeasonStandings { Rules = sheet.Rules, AfterRound = rounds[i], Tables = EquatableArray.Own(standings) };
        }

        return EquatableArray.Own(progression);
    }

    private static SeasonStandings Calculate(SeasonSheet sheet, int? afterRound)
    {
        var tables = sheet.Rules.Tables;
        var standings = new TableStandings[tables.Count];
        for (var t = 0; t < standings.Length; t++)
        {
            standings[t] = TableScorer.Calculate(sheet, tables[t], afterRound);
        }

        return new SeasonStandings { Rules = sheet.Rules, AfterRound = afterRound, Tables = EquatableArray.Own(standings) };
    }
}

/// <summary>Scores a single race: the points each competitor earns in it for each table, with their sources.</summary>
/// <remarks>Every method is a pure function of its immutable inputs and is thread-safe.</remarks>
public static class RaceScorer
{
    /// <summary>Scores one race of a season for every table it counts for.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results (for entries, drivers and season adjustments).</param>
    /// <param name="race">The race to score.</param>
    /// <returns>The race's scores per table.</returns>
    /// <exception cref="ArgumentException">The results hold no result for the race.</exception>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static RaceScores Score(RuleSet rules, SeasonResults results, RaceId race)
    {
        var sheet = SeasonSheet.Build(rules, results);
        var tables = new List<TableRaceScores>(rules.Tables.Count);
        try
        {
            var raceSheet = Array.Find(sheet.Races, r => r.Race.Id == race)
                ?? throw new ArgumentException($"The results hold no result for race '{race}'.", nameof(race));
            foreach (var table in rules.Tables)
            {
                if (table.Counts(race))
                {
                    var scores = TableScorer.ScoreOneRace(sheet, table, raceSheet);
                    tables.Add(new TableRaceScores
                    {
                        Table = table.Id,
                        Scores = scores.Select(s => new CompetitorRaceScore(s.Competitor, s.Score)).ToEquatableArray(),
                    });
                }
            }
        }
        finally
        {
            sheet.Return();
        }

        return new RaceScores { Race = race, Tables = EquatableArray.Own(tables.ToArray()) };
    }
}

/// <summary>A race's scores for every table it counts for.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RaceScores
{
    /// <summary>Gets the race.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets the scores per table.</summary>
    public required EquatableArray<TableRaceScores> Tables { get; init; }

    /// <summary>Gets the scores of one table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="KeyNotFoundException">The race does not count for that table.</exception>
    public TableRaceScores this[TableId table]
        => Tables.FirstOrDefault(t => t.Table == table) ?? throw new KeyNotFoundException($"Race '{Race}' does not count for table '{table}'.");
}

/// <summary>One table's scores in one race, in table order (classified cars first).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TableRaceScores
{
    /// <summary>Gets the table.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets each competitor's score.</summary>
    public required EquatableArray<CompetitorRaceScore> Scores { get; init; }
}

/// <summary>A competitor's score in one race.</summary>
/// <param name="Competitor">The competitor.</param>
/// <param name="Score">The score, with its sources.</param>
public readonly record struct CompetitorRaceScore(Competitor Competitor, RaceScore Score);
