using System.Globalization;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// For each result the leader could have in the next race, works out whether it clinches the title, and on which conditions on
/// the rivals' results. The leader is champion exactly when no rival can still finish ahead of it, and each rival's chance
/// depends only on its own result and the leader's, so the conditions are the rivals' results that keep each one alive.
/// </summary>
internal sealed class ClinchOptionsBuilder
{
    private readonly TableModel model;
    private readonly ClinchSolver solver;
    private readonly int leader;
    private readonly int leaderCar;
    private readonly int cars;
    private readonly int[] threats;

    public ClinchOptionsBuilder(TableModel model, ClinchSolver solver, int leader)
    {
        this.model = model;
        this.solver = solver;
        this.leader = leader;
        leaderCar = model.FutureCar[leader];
        cars = model.CarCount;

        // Only rivals that can overtake with no condition at all need conditions.
        threats = Enumerable.Range(0, model.CompetitorCount)
            .Where(y => y != leader && solver.IsRanked(y) && solver.CanOvertake(leader, y))
            .ToArray();
    }

    public EquatableArray<ClinchOption> Build()
    {
        var positions = new List<int?>();
        if (leaderCar >= 0)
        {
            for (var q = 1; q <= cars; q++)
            {
                positions.Add(q);
            }
        }

        if (leaderCar < 0 || !solver.EveryCarClassified)
        {
            positions.Add(null);
        }

        var options = new List<ClinchOption>();
        foreach (var pole in solver.CanTakePole(leaderCar) ? new[] { false, true } : [false])
        {
            foreach (var q in positions)
            {
                options.Add(Option(q, pole));
            }
        }

        return options.ToEquatableArray();
    }

    public static string Summarise(string leader, RaceId race, EquatableArray<ClinchOption> options)
    {
        var without = Describe(options.Where(o => !o.LeaderPole).ToList());
        var with = Describe(options.Where(o => o.LeaderPole).ToList());
        if (without is null && with is null)
        {
            return $"{leader} cannot clinch the title in {race}.";
        }

        var text = $"{leader} clinches the title in {race} ";
        text += without is null ? "only with the pole" : "by finishing " + without;
        if (with is not null && with != without)
        {
            text += without is null ? ": " + with : $"; with the pole: {with}";
        }

        return text + ".";
    }

    private static string? Describe(List<ClinchOption> options)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < options.Count)
        {
            var option = options[i];
            if (option.Outcome == ClinchOutcome.CannotClinch)
            {
                i++;
                continue;
            }

            var conditions = Conditions(option);
            var j = i;
            while (j + 1 < options.Count && options[j + 1].Outcome == option.Outcome && Conditions(options[j + 1]) == conditions
                && options[j + 1].LeaderPosition is not null && option.LeaderPosition is not null)
            {
                j++;
            }

            var range = Range(options[i].LeaderPosition, options[j].LeaderPosition);
            parts.Add(conditions.Length == 0 ? range : $"{range} if {conditions}");
            i = j + 1;
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);

        static string Conditions(ClinchOption option) => string.Join(" and ", option.Conditions.Select(c => c.Description));

        static string Range(int? from, int? to)
            => from is null ? "not classified" : from == to ? $"P{from}" : $"P{from}-P{to}";
    }

    private ClinchOption Option(int? q, bool pole)
    {
        var conditions = new List<RivalCondition>();
        foreach (var y in threats)
        {
            var rivalCar = model.FutureCar[y];
            if (rivalCar < 0 || rivalCar == leaderCar)
            {
                if (solver.CanOvertake(leader, y, new ClinchSolver.NextRace(q, pole, null, false)))
                {
                    return Cannot();
                }

                continue;
            }

            // Not classified is the worst result for the rival: if it is still a threat then, nothing avoids it.
            if (!solver.EveryCarClassified && solver.CanOvertake(leader, y, new ClinchSolver.NextRace(q, pole, null, false)))
            {
                return Cannot();
            }

            var alive = new List<int>();
            var aliveWithPole = new List<int>();
            var canPole = solver.CanTakePole(rivalCar);
            var options = 0;
            for (var p = 1; p <= cars; p++)
            {
                if (p == q)
                {
                    continue;
                }

                options++;
                if (solver.CanOvertake(leader, y, new ClinchSolver.NextRace(q, pole, p, false)))
                {
                    alive.Add(p);
                    aliveWithPole.Add(p);
                }
                else if (canPole && solver.CanOvertake(leader, y, new ClinchSolver.NextRace(q, pole, p, true)))
                {
                    aliveWithPole.Add(p);
                }
            }

            if (solver.EveryCarClassified && alive.Count == options)
            {
                return Cannot();
            }

            var poleAlone = canPole && !solver.EveryCarClassified && solver.CanOvertake(leader, y, new ClinchSolver.NextRace(q, pole, null, true));
            if (aliveWithPole.Count > 0 || poleAlone)
            {
                conditions.Add(new RivalCondition
                {
                    Rival = model.Competitors[y],
                    Positions = alive.ToEquatableArray(),
                    PositionsWithPole = aliveWithPole.ToEquatableArray(),
                    NotClassifiedWithPole = poleAlone,
                    Description = Describe(model.Competitors[y].Name, q, alive, aliveWithPole, poleAlone),
                });
            }
        }

        if (conditions.Count == 0)
        {
            return new ClinchOption { LeaderPosition = q, LeaderPole = pole, Outcome = ClinchOutcome.Clinches };
        }

        return Feasible(q, conditions)
            ? new ClinchOption { LeaderPosition = q, LeaderPole = pole, Outcome = ClinchOutcome.ClinchesIf, Conditions = conditions.ToEquatableArray() }
            : Cannot();

        ClinchOption Cannot() => new() { LeaderPosition = q, LeaderPole = pole, Outcome = ClinchOutcome.CannotClinch };
    }

    private static string Describe(string rival, int? q, List<int> alive, List<int> aliveWithPole, bool poleAlone)
    {
        if (poleAlone)
        {
            return alive.Count == 0 ? $"{rival} does not take the pole" : $"{rival} does not take the pole and does not finish {Zone(alive, q)}";
        }

        if (alive.Count == 0)
        {
            return $"{rival} does not finish {Zone(aliveWithPole, q)} with the pole";
        }

        var text = $"{rival} does not finish {Zone(alive, q)}";
        return aliveWithPole.Count == alive.Count ? text : $"{text} ({Zone(aliveWithPole, q)} with the pole)";

        static string Zone(List<int> positions, int? q)
        {
            var top = positions[^1];
            if (!Enumerable.Range(1, top).Where(p => p != q).SequenceEqual(positions))
            {
                return string.Join(" or ", positions.Select(p => "P" + p.ToString(CultureInfo.InvariantCulture)));
            }

            return top == 1 ? "first" : q == top + 1 ? "ahead of it" : $"in the top {top}";
        }
    }

    /// <summary>Whether the positions that must be filled can be given to cars while every listed rival avoids its positions.</summary>
    private bool Feasible(int? q, List<RivalCondition> conditions)
    {
        var forbidden = new HashSet<int>[cars];
        foreach (var condition in conditions)
        {
            var car = model.FutureCar[Array.FindIndex(model.Competitors, c => c == condition.Rival)];
            (forbidden[car] ??= []).UnionWith(condition.Positions);
        }

        var positions = Enumerable.Range(1, solver.EveryCarClassified ? cars : (q ?? 1) - 1).Where(p => p != q).ToArray();
        var holder = new int[cars + 1];
        Array.Fill(holder, -1);
        foreach (var p in positions)
        {
            if (!Augment(p, new bool[cars]))
            {
                return false;
            }
        }

        return true;

        bool Augment(int p, bool[] visited)
        {
            for (var c = 0; c < cars; c++)
            {
                if (c == leaderCar || visited[c] || (forbidden[c]?.Contains(p) ?? false))
                {
                    continue;
                }

                visited[c] = true;
                var current = Array.IndexOf(holder, c);
                if (current < 0)
                {
                    holder[p] = c;
                    return true;
                }

                holder[current] = -1;
                if (Augment(current, visited))
                {
                    holder[p] = c;
                    return true;
                }

                holder[current] = c;
            }

            return false;
        }
    }
}
