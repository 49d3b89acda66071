namespace AsLMS.Scoring.Contention;

/// <summary>
/// Pairwise questions about a leader L and one rival Y: can Y still finish ahead of L, given L's (and Y's) result in the next race?
/// </summary>
/// <remarks>
/// Exact by dominance: every remaining race not fixed by the question is best for Y (first place, its poles, the fastest lap)
/// and worst for L (not classified, or last when every car is classified). The comparison of two competitors depends only on
/// their own results, so the other cars are placed anywhere consistent with the positions given.
/// </remarks>
internal sealed class ClinchSolver
{
    private readonly TableModel model;
    private readonly FinishingAssumption finishing;
    private readonly Completion completion;
    private readonly CompletionScorer scorer;
    private readonly int cars;
    private readonly int slots;

    public ClinchSolver(TableModel model, FinishingAssumption finishing)
    {
        this.model = model;
        this.finishing = finishing;
        completion = new Completion(model);
        scorer = new CompletionScorer(model);
        cars = model.CarCount;
        slots = model.SlotCount;
    }

    public bool EveryCarClassified => finishing == FinishingAssumption.EveryCarClassified;

    /// <summary>Whether a competitor takes part in the final standings.</summary>
    public bool IsRanked(int competitor) => scorer.IsRanked(competitor);

    /// <summary>Whether rival y can still finish ahead of leader l with no condition on the next race.</summary>
    public bool CanOvertake(int leader, int rival)
    {
        var leaderCar = model.FutureCar[leader];
        var rivalCar = model.FutureCar[rival];
        if (leaderCar >= 0 && leaderCar == rivalCar)
        {
            // Crew mates score the same from now on: try both extremes of their car's results.
            return Ahead(leader, rival, NextRace.Free, sharedBest: true) || Ahead(leader, rival, NextRace.Free, sharedBest: false);
        }

        return Ahead(leader, rival, NextRace.Free, sharedBest: true);
    }

    /// <summary>Whether rival y can still finish ahead of leader l when the next race goes as given.</summary>
    public bool CanOvertake(int leader, int rival, NextRace next) => Ahead(leader, rival, next, sharedBest: true);

    /// <summary>Whether a car may take one of the pole slots of the next race.</summary>
    public bool CanTakePole(int car)
    {
        if (car < 0 || model.FutureCount == 0 || model.RawPole[0] == 0)
        {
            return false;
        }

        for (var s = 0; s < slots; s++)
        {
            if (model.SlotEligible[(s * cars) + car])
            {
                return true;
            }
        }

        return false;
    }

    private bool Ahead(int leader, int rival, NextRace next, bool sharedBest)
    {
        var leaderCar = model.FutureCar[leader];
        var rivalCar = model.FutureCar[rival];
        completion.Clear();
        for (var f = 0; f < model.FutureCount; f++)
        {
            var fixedRace = next.Fixed && f == 0;
            int leaderPosition;
            var rivalPosition = 0;
            if (leaderCar >= 0 && leaderCar == rivalCar)
            {
                leaderPosition = fixedRace ? next.LeaderPosition ?? 0 : sharedBest ? 1 : Worst();
            }
            else
            {
                leaderPosition = fixedRace ? next.LeaderPosition ?? 0 : Worst();
                rivalPosition = fixedRace ? next.RivalPosition ?? 0 : 1;
            }

            if (!Place(f, leaderCar, leaderPosition, rivalCar, rivalPosition))
            {
                return false;
            }

            if (model.RawPole[f] > 0 && !HoldPoles(f, leaderCar, rivalCar, fixedRace ? next : null))
            {
                return false;
            }

            if (model.RawFastestLap[f] > 0)
            {
                completion.FastestLap[f] = rivalCar >= 0 ? rivalCar : Other(leaderCar, rivalCar, -1);
            }
        }

        scorer.ScoreOne(completion, leader);
        scorer.ScoreOne(completion, rival);
        return scorer.Compare(rival, leader) < 0;

        int Worst() => finishing == FinishingAssumption.EveryCarClassified ? cars : 0;
    }

    /// <summary>Places the leader's and the rival's cars and fills the positions the assumption (or the positions given) require.</summary>
    private bool Place(int f, int leaderCar, int leaderPosition, int rivalCar, int rivalPosition)
    {
        if (leaderCar >= 0 && leaderCar == rivalCar)
        {
            rivalCar = -1;
        }

        if (leaderCar >= 0 && rivalCar >= 0 && leaderPosition == cars && rivalPosition == cars)
        {
            leaderPosition = cars - 1;
        }

        var taken = new bool[cars + 2];
        if (leaderCar >= 0 && leaderPosition > 0)
        {
            completion.SetPosition(f, leaderCar, leaderPosition);
            taken[leaderPosition] = true;
        }

        if (rivalCar >= 0 && rivalPosition > 0)
        {
            if (taken[rivalPosition])
            {
                return false;
            }

            completion.SetPosition(f, rivalCar, rivalPosition);
            taken[rivalPosition] = true;
        }

        var fillTo = finishing == FinishingAssumption.EveryCarClassified ? cars : Math.Max(leaderPosition, rivalPosition);
        var next = 1;
        for (var c = 0; c < cars; c++)
        {
            if (c == leaderCar || c == rivalCar)
            {
                continue;
            }

            while (next <= fillTo && taken[next])
            {
                next++;
            }

            if (next > fillTo)
            {
                break;
            }

            completion.SetPosition(f, c, next);
            taken[next] = true;
        }

        for (var p = 1; p <= fillTo; p++)
        {
            if (!taken[p])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Gives each pole slot of a race a holder. In the race fixed by the question, the leader and the rival earn pole points exactly
    /// when it says so (a car scores the pole once, whichever slots it holds); returns false when no holders can do that. In the
    /// other races the rival takes every slot it can and the leader only those nobody else can take.
    /// </summary>
    private bool HoldPoles(int f, int leaderCar, int rivalCar, NextRace? next)
    {
        bool Eligible(int s, int c) => c >= 0 && model.SlotEligible[(s * cars) + c];
        if (next is not { } given)
        {
            for (var s = 0; s < slots; s++)
            {
                var third = Other(leaderCar, rivalCar, s);
                completion.SlotHolder[(f * slots) + s] = Eligible(s, rivalCar) ? rivalCar : third >= 0 ? third : leaderCar;
            }

            return true;
        }

        // Each slot goes to the leader, the rival or a third car (any one will do): try every way (slots are few).
        var choices = 1;
        for (var s = 0; s < slots; s++)
        {
            choices *= 3;
        }

        for (var choice = 0; choice < choices; choice++)
        {
            var leaderHolds = false;
            var rivalHolds = false;
            var possible = true;
            var code = choice;
            for (var s = 0; s < slots && possible; s++)
            {
                var holder = (code % 3) switch
                {
                    0 => Eligible(s, leaderCar) ? leaderCar : -1,
                    1 => Eligible(s, rivalCar) && rivalCar != leaderCar ? rivalCar : -1,
                    _ => Other(leaderCar, rivalCar, s),
                };
                code /= 3;
                possible = holder >= 0;
                leaderHolds |= holder >= 0 && holder == leaderCar;
                rivalHolds |= holder >= 0 && holder == rivalCar;
                completion.SlotHolder[(f * slots) + s] = holder;
            }

            if (possible && leaderHolds == given.LeaderPole && (rivalCar < 0 || rivalCar == leaderCar || rivalHolds == given.RivalPole))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A car other than the leader's and the rival's, eligible for a slot (-1 for the fastest lap: any car).</summary>
    private int Other(int leaderCar, int rivalCar, int slot)
    {
        for (var c = 0; c < cars; c++)
        {
            if (c != leaderCar && c != rivalCar && (slot < 0 || model.SlotEligible[(slot * cars) + c]))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The next race's result for the leader and the rival (positions in the table; null for not classified).</summary>
    internal readonly record struct NextRace(int? LeaderPosition, bool LeaderPole, int? RivalPosition, bool RivalPole)
    {
        public bool Fixed { get; init; } = true;

        public static NextRace Free => new(null, false, null, false) { Fixed = false };
    }
}
