using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsLMS.Scoring.Tests.Properties;

/// <summary>
/// The invariants of scoring, checked over generated seasons (<see cref="SeasonSpec"/>: a failure shrinks to a small season). Each
/// check recomputes what it claims from the results and the rules, not from the calculator's other outputs.
/// </summary>
public sealed class StandingsProperties
{
    private const int Cases = 1000;

    [Fact]
    public void InputOrder_OfDriversEntriesRacesAndRows_NeverChangesTheStandings()
        => SeasonGen.Check(
            from spec in SeasonGen.Specs(varied: true)
            from shuffle in Gen.Choose(0, int.MaxValue)
            select (Spec: spec, Shuffle: shuffle),
            x => x.Spec.Shrink().Select(s => x with { Spec = s }),
            x =>
            {
                var season = x.Spec.Build();
                var expected = StandingsCalculator.Calculate(season.Rules, season.Results);
                var shuffled = StandingsCalculator.Calculate(season.Rules, SeasonGen.Shuffle(season.Results, x.Shuffle));
                return expected == shuffled;
            },
            Cases);

    [Fact]
    public void Total_EqualsTheSumOfItsBreakdownMinusDeductions()
        => SeasonGen.Check(SeasonGen.SpecsForJson, x => x.Shrink(), x =>
        {
            // The decorated seasons carry deductions, exclusions, fractional scales, multipliers and fastest laps.
            var season = SeasonGen.Scorable(x.Build());
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            return standings.Tables.All(table => table.Rows.All(row =>
            {
                var sum = Points.Zero;
                foreach (var race in row.Races)
                {
                    sum += race.CountedPoints;
                    var parts = Points.Zero;
                    foreach (var award in race.Awards())
                    {
                        parts += award.Points;
                    }

                    if (parts != race.Points || race.CountedPoints != (race.Dropped ? Points.Zero : race.Points))
                    {
                        return false;
                    }
                }

                foreach (var deduction in row.Deductions)
                {
                    sum -= deduction.Points;
                }

                return sum == row.Total;
            }));
        },
        Cases);

    [Fact]
    public void DroppedResults_AreExactlyTheWorstTheRuleAllowsToDrop()
        => SeasonGen.CheckSpecs(SeasonGen.Specs(varied: true), spec =>
        {
            var season = spec.Build();
            var rules = season.Rules;
            var standings = StandingsCalculator.Calculate(rules, season.Results);
            foreach (var table in standings.Tables)
            {
                var rounds = table.Races.Select(r => rules.Season.FindRace(r)!.Round).ToArray();
                foreach (var row in table.Rows)
                {
                    var expected = new bool[row.Races.Count];
                    foreach (var segment in rules.Scoring.Drops?.Segments ?? default)
                    {
                        var inSegment = Enumerable.Range(0, rounds.Length).Where(r => segment.Contains(rounds[r])).ToList();
                        var keep = segment.BestResults ?? Math.Max(0, inSegment.Count - segment.WorstDropped!.Value);

                        // The results the competitor has in the segment, best first: undroppable disqualifications, then points, then the
                        // earlier race. What is past the kept count is dropped.
                        var ranked = inSegment
                            .Where(r => row.Races[r].TookPart)
                            .OrderByDescending(r => rules.Scoring.Drops!.DisqualificationCannotBeDropped && row.Races[r].Status == ResultStatus.Disqualified)
                            .ThenByDescending(r => row.Races[r].Points)
                            .ThenBy(r => r)
                            .ToList();
                        foreach (var r in ranked.Skip(keep))
                        {
                            expected[r] = true;
                        }
                    }

                    if (!expected.SequenceEqual(row.Races.Select(r => r.Dropped)))
                    {
                        return false;
                    }
                }
            }

            return true;
        },
        Cases);

    [Fact]
    public void Ranking_IsATotalOrderConsistentWithTheTieBreakChain()
        => SeasonGen.CheckSpecs(SeasonGen.Specs(varied: true), spec =>
        {
            var season = spec.Build();
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            foreach (var table in standings.Tables)
            {
                var chain = new TieBreakChain(season.Rules, table);
                var rows = table.Rows;
                for (var i = 0; i < rows.Count; i++)
                {
                    // Competition ranking: one more than the number of rows strictly ahead; shared exactly when level on every criterion.
                    var ahead = 0;
                    var level = false;
                    for (var j = 0; j < rows.Count; j++)
                    {
                        var order = chain.Compare(rows[j], rows[i]);
                        if (order != -chain.Compare(rows[i], rows[j]) || (j < i && order < 0))
                        {
                            return false;
                        }

                        ahead += order > 0 ? 1 : 0;
                        level |= j != i && order == 0;
                    }

                    // Level on points with the row above: the decision names the deciding criterion and where it decided.
                    var tied = i > 0 && rows[i - 1].Total == rows[i].Total;
                    var expected = tied ? chain.Decide(rows[i - 1], rows[i]) : null;
                    if (rows[i].Rank != ahead + 1 || rows[i].SharedRank != level || (rows[i].TieBreak is null) == tied
                        || (expected is not null && (rows[i].TieBreak! with { Explanation = string.Empty }) != expected)
                        || (tied && !rows[i].TieBreak!.Explanation.StartsWith($"Level on {rows[i].Total} points", StringComparison.Ordinal)))
                    {
                        return false;
                    }
                }
            }

            return true;
        },
        Cases);

    [Fact]
    public void ClassifiedFinish_Added_NeverLowersATotal_WhenNoDropRuleApplies()
        => SeasonGen.Check(
            from spec in SeasonGen.Specs(varied: true)
            from race in Gen.Choose(0, 5)
            from car in Gen.Choose(0, 29)
            select (Spec: spec with { Drops = null }, Race: race, Car: car),
            x => x.Spec.Shrink().Select(s => x with { Spec = s }),
            x =>
            {
                var season = x.Spec.Build();
                var added = AddClassifiedFinish(season.Results, x.Race, x.Car);
                var before = StandingsCalculator.Calculate(season.Rules, added.Before);
                var after = StandingsCalculator.Calculate(season.Rules, added.After);
                var gainers = added.Entry.Crew.Select(d => d.Value).Append(added.Entry.Car.Value).ToHashSet();

                // The car and its crew never lose points; a finish behind every classified car changes nobody else's total.
                return before.Tables.Zip(after.Tables).All(t =>
                    t.First.Rows.All(row => t.Second.Find(row.Competitor.Id) is { } now
                        && (gainers.Contains(row.Competitor.Id) ? now.Total >= row.Total : now.Total == row.Total)));
            },
            Cases);

    [Fact]
    public void EveryPointsValue_ScaledByK_ScalesEveryTotalByK_AndKeepsTheOrder()
        => SeasonGen.Check(
            from x in SeasonGen.SpecsForJson
            from numerator in Gen.Choose(1, 12)
            from denominator in Gen.Choose(1, 7)
            select (Season: x, K: Ratio.FromFraction(numerator, denominator)),
            x => x.Season.Shrink().Select(s => x with { Season = s }),
            x =>
            {
                var season = SeasonGen.Scorable(x.Season.Build());
                var original = StandingsCalculator.Calculate(season.Rules, season.Results);
                var scaled = StandingsCalculator.Calculate(Scale(season.Rules, x.K), Scale(season.Results, x.K));
                return original.Tables.Zip(scaled.Tables).All(t => t.First.Rows.Count == t.Second.Rows.Count
                    && t.First.Rows.Zip(t.Second.Rows).All(r =>
                        r.First.Competitor == r.Second.Competitor
                        && r.First.Rank == r.Second.Rank
                        && r.First.Total * x.K == r.Second.Total
                        && r.First.Races.Zip(r.Second.Races).All(p => p.First.Points * x.K == p.Second.Points && p.First.Dropped == p.Second.Dropped)));
            },
            Cases);

    [Fact]
    public void DriverBelowTheMinimumDriveTime_ContributesNothing()
        => SeasonGen.Check(
            from spec in SeasonGen.Specs(varied: true)
            from minutes in Gen.Elements(45, 70)
            from race in Gen.Choose(0, 5)
            from car in Gen.Choose(0, 29)
            select (Spec: spec with { MinimumMinutes = minutes, Drops = null }, Race: race, Car: car),
            x => x.Spec.Shrink().Where(s => s.MinimumMinutes != 0).Select(s => x with { Spec = s }),
            x =>
            {
                var season = x.Spec.Build();
                var minimum = Duration.FromMinutes(x.Spec.MinimumMinutes);
                var standings = StandingsCalculator.Calculate(season.Rules, season.Results);

                // Whoever drove less than the minimum in a race scores nothing there, and is marked; whoever drove more is not marked.
                foreach (var table in standings.Tables.Where(t => t.Table.Competitors == CompetitorKind.Driver))
                {
                    foreach (var row in table.Rows)
                    {
                        foreach (var score in row.Races)
                        {
                            var time = season.Results.FindRace(score.Race)!.Cars.SelectMany(c => c.Drivers).Where(d => d.Driver.Value == row.Competitor.Id).Select(d => d.Time).SingleOrDefault();
                            var below = time < minimum;
                            if (score.BelowMinimumDriveTime != below || (below && !score.Points.IsZero))
                            {
                                throw new InvalidOperationException($"A {table.Table.Id} {row.Competitor.Id} {score.Race} {time} {score}");
                            }
                        }
                    }
                }

                // Take one driver below the minimum: only that driver's total changes, by the points that race gave the driver.
                if (ShortenDrive(season.Results, x.Race, x.Car, minimum) is not { } shortened)
                {
                    return true;
                }

                var after = StandingsCalculator.Calculate(season.Rules, shortened.Results);
                return standings.Tables.Zip(after.Tables).All(t => t.First.Rows.All(row =>
                {
                    var now = t.Second.Find(row.Competitor.Id);
                    if (t.First.Table.Competitors != CompetitorKind.Driver || row.Competitor.Id != shortened.Driver.Value)
                    {
                        return now is not null && now.Total == row.Total ? true : throw new InvalidOperationException($"B {t.First.Table.Id} {row.Competitor.Id} {row.Total} {now?.Total} {shortened.Driver} {shortened.Race}");
                    }

                    var lost = row.Races.Single(r => r.Race == shortened.Race).Points;
                    var race = now?.Races.Single(r => r.Race == shortened.Race);
                    return now is null ? row.Total == lost : now.Total == row.Total - lost && race!.Value.Points.IsZero && race.Value.BelowMinimumDriveTime;
                }));
            },
            Cases);

    [Fact]
    public void CarOutsideATable_NeverAppearsInIt_AndEveryCarInsideThatRacedDoes()
        => SeasonGen.CheckSpecs(SeasonGen.Specs(varied: true), spec =>
        {
            var season = spec.Build();
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            var raced = season.Results.Races.SelectMany(r => r.Cars).Select(c => c.Car).ToHashSet();
            foreach (var table in standings.Tables)
            {
                var rules = table.Table;
                bool Inside(CarNumber car) => season.Results.FindEntry(car) is { } entry && rules.Accepts(entry.Class, entry.SubClass);
                var expected = rules.Competitors == CompetitorKind.Car
                    ? season.Results.Entries.Where(e => Inside(e.Car) && raced.Contains(e.Car)).Select(e => e.Car.Value)
                    : season.Results.Entries.Where(e => Inside(e.Car) && raced.Contains(e.Car)).SelectMany(e => e.Crew).Select(d => d.Value);
                if (!table.Rows.Select(r => r.Competitor.Id).Order(StringComparer.Ordinal).SequenceEqual(expected.Distinct().Order(StringComparer.Ordinal))
                    || !table.Rows.All(r => !r.Competitor.Cars.IsEmpty && r.Competitor.Cars.All(Inside)))
                {
                    return false;
                }
            }

            return true;
        },
        Cases);

    [Fact]
    public void Progression_EachRound_EqualsTheCalculationAfterThatRound()
        => SeasonGen.Check(SeasonGen.Seasons, season => ProgressionMatchesCalculations(season.Rules, season.Results), tests: 100);

    [Fact]
    public void Progression_WithAdjustmentsFastestLapsMultipliersAndCategories_EqualsTheCalculationAfterEachRound()
        => SeasonGen.Check(SeasonGen.SeasonsForJson, season => ProgressionMatchesCalculations(season.Rules, season.Results), tests: 100);

    [Fact]
    public void Rank_OfEveryTable_IsTheOrderOfTheCalculatedRows()
        => SeasonGen.Check(SeasonGen.Seasons, season =>
        {
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            var sheet = SeasonSheet.Build(season.Rules, season.Results);
            return standings.Tables.All(table =>
            {
                var ids = TableScorer.Rank(sheet, table.Table).Select(c => table.Table.Competitors switch
                {
                    CompetitorKind.Car => sheet.Entries[c].Car.Value,
                    CompetitorKind.Entrant => sheet.Entrants[c],
                    _ => sheet.Drivers[c].Id.Value,
                });
                return ids.SequenceEqual(table.Rows.Select(r => r.Competitor.Id));
            });
        });

    /// <summary>
    /// The progression scores each race once and builds every round from the same cells: each round must equal a calculation of
    /// its own, and input the calculator refuses must be refused by both.
    /// </summary>
    internal static bool ProgressionMatchesCalculations(RuleSet rules, SeasonResults results)
    {
        EquatableArray<SeasonStandings> progression;
        try
        {
            progression = StandingsCalculator.Progression(rules, results);
        }
        catch (ScoringInputException)
        {
            return Throws(() => StandingsCalculator.Calculate(rules, results));
        }

        var rounds = results.Races.Select(r => rules.Season.FindRace(r.Race)!.Round).Order().ToList();
        return progression.Count == rounds.Count
            && progression.Select((standings, i) => standings == StandingsCalculator.Calculate(rules, results, rounds[i])).All(equal => equal);

        static bool Throws(Action calculate)
        {
            try
            {
                calculate();
                return false;
            }
            catch (ScoringInputException)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Shared rule sets and results, scored by many threads at once (started together behind a barrier), give what one thread gives:
    /// standings and one race's scores.
    /// </summary>
    [Fact]
    public void Calculator_FromManyThreadsOverSharedRuleSets_GivesWhatOneThreadGives()
        => SeasonGen.Check(
            from specs in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(SeasonGen.Specs(varied: true), n))
            select specs,
            specs => specs.Select((_, i) => specs.Where((_, k) => k != i).ToArray()).Where(s => s.Length > 0)
                .Concat(specs.SelectMany((s, i) => s.Shrink().Select(smaller => specs.Select((t, k) => k == i ? smaller : t).ToArray()))),
            specs =>
            {
                var seasons = specs.Select(s => s.Build()).ToArray();
                var expected = seasons.Select(Everything).ToArray();
                const int threads = 3;
                var results = new List<object>[threads];
                using var start = new Barrier(threads);
                var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();

                    // Each thread takes the seasons in its own order, so different seasons are scored at the same time.
                    var mine = new List<object>[seasons.Length];
                    for (var i = 0; i < seasons.Length; i++)
                    {
                        var k = (i + t) % seasons.Length;
                        mine[k] = Everything(seasons[k]);
                    }

                    results[t] = mine.SelectMany(x => x).ToList();
                })).ToList();
                workers.ForEach(w => w.Start());
                workers.ForEach(w => w.Join());
                var flat = expected.SelectMany(x => x).ToList();
                return results.All(r => r.SequenceEqual(flat));
            },
            Cases);

    private static List<object> Everything(Generation.GeneratedSeason season)
        =>
        [
            StandingsCalculator.Calculate(season.Rules, season.Results),
            RaceScorer.Score(season.Rules, season.Results, season.Results.Races[^1].Race),
        ];

    /// <summary>
    /// Two versions of the results that differ by one classified finish: car <paramref name="car"/> (modulo the entries) in race
    /// <paramref name="race"/> (modulo the races) has retired in the first (the cars behind it moved up a place) and is classified
    /// behind every other classified car, on the fewest laps, in the second.
    /// </summary>
    private static (SeasonResults Before, SeasonResults After, Entry Entry) AddClassifiedFinish(SeasonResults results, int race, int car)
    {
        var entry = results.Entries[car % results.Entries.Count];
        var r = results.Races[race % results.Races.Count];
        var row = r.Cars.FirstOrDefault(c => c.Car == entry.Car)
            ?? new CarResult { Car = entry.Car, Status = ResultStatus.Retired, Drivers = entry.Crew.Select(d => new DriveTime(d, Duration.FromMinutes(90))).ToEquatableArray() };
        var retired = row with { Status = ResultStatus.Retired, Position = null };
        var others = r.Cars.Where(c => c.Car != entry.Car)
            .Select(c => c.Position > row.Position ? c with { Position = c.Position - 1 } : c)
            .ToEquatableArray();
        var classified = others.Where(c => c.Status == ResultStatus.Classified).ToList();
        var last = classified.MaxBy(c => c.Position);
        var finish = row with
        {
            Status = ResultStatus.Classified,
            Position = classified.Count + 1,
            Laps = last?.Laps ?? Math.Max(1, row.Laps),
            TotalTime = (last?.TotalTime ?? Duration.FromHours(1)) + Duration.FromSeconds(1),
        };
        SeasonResults With(CarResult carRow) => results with
        {
            Races = results.Races.Select(x => x == r ? r with { Cars = others.Add(carRow) } : x).ToEquatableArray(),
        };
        return (With(retired), With(finish), entry);
    }

    /// <summary>
    /// The results with one driver of car <paramref name="car"/> in race <paramref name="race"/> (both modulo their counts) driving
    /// one minute less than the minimum (the crew-mates' times unchanged); null when no driver of it met the minimum.
    /// </summary>
    private static (SeasonResults Results, DriverId Driver, RaceId Race)? ShortenDrive(SeasonResults results, int race, int car, Duration minimum)
    {
        var r = results.Races[race % results.Races.Count];
        var row = r.Cars[car % r.Cars.Count];
        var times = row.Drivers;
        var k = times.ToList().FindIndex(d => d.Time >= minimum);
        if (k < 0)
        {
            return null;
        }

        var drivers = times.Select((d, i) => i == k ? d with { Time = minimum - Duration.FromMinutes(1) } : d).ToEquatableArray();
        var changed = r with { Cars = r.Cars.Select(c => c == row ? c with { Drivers = drivers } : c).ToEquatableArray() };
        return (results with { Races = results.Races.Select(x => x == r ? changed : x).ToEquatableArray() }, times[k].Driver, r.Race);
    }

    private static RuleSet Scale(RuleSet rules, Ratio k)
    {
        RaceScoring One(RaceScoring s) => s with
        {
            Scale = s.Scale.Select(p => p * k).ToEquatableArray(),
            BeyondScale = s.BeyondScale * k,
            Pole = s.Pole * k,
            FastestLap = s.FastestLap is { } lap ? lap with { Points = lap.Points * k } : null,
        };
        ScoringRules All(ScoringRules s) => s with
        {
            Races = s.Races.Select(One).ToEquatableArray(),
            ShortenedRaces = s.ShortenedRaces.Select(x => x with { Scale = x.Scale.Select(p => p * k).ToEquatableArray() }).ToEquatableArray(),
        };
        return rules with
        {
            Scoring = All(rules.Scoring),
            Tables = rules.Tables.Select(t => t with { Scoring = t.Scoring is { } own ? All(own) : null }).ToEquatableArray(),
        };
    }

    private static SeasonResults Scale(SeasonResults results, Ratio k)
    {
        EquatableArray<Adjustment> Deductions(EquatableArray<Adjustment> adjustments)
            => adjustments.Select(a => a is PointsDeduction d ? d with { Points = d.Points * k } : a).ToEquatableArray();
        return results with
        {
            Adjustments = Deductions(results.Adjustments),
            Races = results.Races.Select(r => r with { Adjustments = Deductions(r.Adjustments) }).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The tie-break chain recomputed from two rows' race breakdowns: total first, then each criterion of the rule set in turn.
    /// Positive when the first row is ahead. For car and driver tables (an entrant's countback counts places the rows do not show).
    /// </summary>
    private sealed class TieBreakChain(RuleSet rules, TableStandings table)
    {
        private readonly Dictionary<(StandingsRow, TieBreak), int[]> places = new(new ByReference());
        private readonly RaceScoring[] scoring = table.Races.Select(r => (table.Table.Scoring ?? rules.Scoring).For(rules.Season.FindRace(r)!)).ToArray();

        public int Compare(StandingsRow a, StandingsRow b)
        {
            var byTotal = a.Total.CompareTo(b.Total);
            return byTotal != 0 ? byTotal : Deciding(a, b) is { } criterion ? By(criterion, a, b) : 0;
        }

        /// <summary>The first criterion of the chain that separates two rows level on points; null when none does.</summary>
        public TieBreak? Deciding(StandingsRow a, StandingsRow b)
        {
            foreach (var criterion in (table.Table.Scoring ?? rules.Scoring).TieBreaks)
            {
                if (By(criterion, a, b) != 0)
                {
                    return criterion;
                }
            }

            return null;
        }

        /// <summary>
        /// The decision between two rows level on points, without its explanation: the deciding criterion and, for a countback, the
        /// place and each row's count of it; for a latest or earliest result, the race and each row's position there.
        /// </summary>
        public TieBreakDecision Decide(StandingsRow above, StandingsRow below)
        {
            var none = new TieBreakDecision { Explanation = string.Empty };
            if (Deciding(above, below) is not { } criterion)
            {
                return none;
            }

            if (criterion is TieBreak.LatestResult or TieBreak.EarliestResult)
            {
                var order = Enumerable.Range(0, scoring.Length).Where(r => scoring[r].CountsForTieBreaks);
                var race = (criterion == TieBreak.LatestResult ? order.Reverse() : order).First(r => above.Races[r].Position != below.Races[r].Position);
                return none with { Criterion = criterion, Race = table.Races[race], AbovePosition = above.Races[race].Position, BelowPosition = below.Races[race].Position };
            }

            var ca = Places(criterion, above);
            var cb = Places(criterion, below);
            var place = Enumerable.Range(0, Math.Max(ca.Length, cb.Length)).First(p => Count(ca, p) != Count(cb, p));
            return none with { Criterion = criterion, Place = place + 1, AboveCount = Count(ca, place), BelowCount = Count(cb, place) };

            static int Count(int[] counts, int place) => place < counts.Length ? counts[place] : 0;
        }

        private int By(TieBreak criterion, StandingsRow a, StandingsRow b)
        {
            switch (criterion)
            {
                case TieBreak.LatestResult or TieBreak.EarliestResult:
                    var order = Enumerable.Range(0, scoring.Length).Where(r => scoring[r].CountsForTieBreaks);
                    foreach (var r in criterion == TieBreak.LatestResult ? order.Reverse() : order)
                    {
                        var pa = a.Races[r].Position ?? int.MaxValue;
                        var pb = b.Races[r].Position ?? int.MaxValue;
                        if (pa != pb)
                        {
                            return pb.CompareTo(pa);
                        }
                    }

                    return 0;
                default:
                    var ca = Places(criterion, a);
                    var cb = Places(criterion, b);
                    for (var place = 0; place < Math.Max(ca.Length, cb.Length); place++)
                    {
                        var byCount = (place < ca.Length ? ca[place] : 0).CompareTo(place < cb.Length ? cb[place] : 0);
                        if (byCount != 0)
                        {
                            return byCount;
                        }
                    }

                    return 0;
            }
        }

        /// <summary>How many wins, seconds, thirds... the row counts for a countback criterion (computed once per row and criterion).</summary>
        private int[] Places(TieBreak criterion, StandingsRow row)
        {
            if (!places.TryGetValue((row, criterion), out var counts))
            {
                var positions = row.Races.Select((score, r) => (score, r))
                    .Where(x => x.score.Position is not null && scoring[x.r].CountsForTieBreaks
                        && (criterion != TieBreak.CountbackOfCountedResults || !x.score.Dropped)
                        && (criterion != TieBreak.CountbackOfScoringPlaces || x.score.Position <= scoring[x.r].Scale.Count))
                    .Select(x => x.score.Position!.Value)
                    .ToList();
                counts = new int[positions.Count == 0 ? 0 : positions.Max()];
                positions.ForEach(p => counts[p - 1]++);
                places[(row, criterion)] = counts;
            }

            return counts;
        }

        private sealed class ByReference : IEqualityComparer<(StandingsRow Row, TieBreak Criterion)>
        {
            public bool Equals((StandingsRow Row, TieBreak Criterion) x, (StandingsRow Row, TieBreak Criterion) y) => ReferenceEquals(x.Row, y.Row) && x.Criterion == y.Criterion;

            public int GetHashCode((StandingsRow Row, TieBreak Criterion) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Row), obj.Criterion);
        }
    }
}
