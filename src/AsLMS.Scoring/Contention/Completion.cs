namespace AsLMS.Scoring.Contention;

/// <summary>
/// The outcome of a table's remaining races: each car's position (0 for not classified, given as not starting), the holder of each
/// pole slot and the fastest lap. Mutable scratch for one search or one simulation thread.
/// </summary>
internal sealed class Completion
{
    public Completion(TableModel model)
    {
        Model = model;
        Position = new int[model.FutureCount * model.CarCount];
        SlotHolder = new int[model.FutureCount * model.SlotCount];
        FastestLap = new int[model.FutureCount];
        Clear();
    }

    public TableModel Model { get; }

    /// <summary>Gets each car's position per race: race * CarCount + car.</summary>
    public int[] Position { get; }

    /// <summary>Gets each pole slot's holder per race (-1 for none): race * SlotCount + slot.</summary>
    public int[] SlotHolder { get; }

    /// <summary>Gets the car with the fastest lap per race, or -1.</summary>
    public int[] FastestLap { get; }

    public int PositionOf(int race, int car) => Position[(race * Model.CarCount) + car];

    public void SetPosition(int race, int car, int position) => Position[(race * Model.CarCount) + car] = position;

    public bool HoldsPole(int race, int car)
    {
        var slots = Model.SlotCount;
        for (var s = 0; s < slots; s++)
        {
            if (SlotHolder[(race * slots) + s] == car)
            {
                return true;
            }
        }

        return false;
    }

    public void Clear()
    {
        Array.Clear(Position);
        Array.Fill(SlotHolder, -1);
        Array.Fill(FastestLap, -1);
    }

    /// <summary>Gets a car's points in a race (before any competitor's share), or a competitor's when one is given.</summary>
    public long RaceScore(int race, int car, int competitor = -1)
    {
        var model = Model;
        var position = PositionOf(race, car);
        var at = competitor < 0 ? -1 : (competitor * model.FutureCount) + race;
        var score = at < 0
            ? model.RawPosition[(race * model.PositionStride) + position]
            : model.CompetitorPosition[(at * model.PositionStride) + position];
        if (model.RawPole[race] > 0 && HoldsPole(race, car)
            && (model.PoleConditions[race] == Rules.PoleCondition.None || position > 0))
        {
            score += at < 0 ? model.RawPole[race] : model.CompetitorPole[at];
        }

        if (FastestLap[race] == car && model.RawFastestLap[race] > 0
            && (model.FastestLapTop[race] == int.MaxValue || (position > 0 && position <= model.FastestLapTop[race])))
        {
            score += at < 0 ? model.RawFastestLap[race] : model.CompetitorFastestLap[at];
        }

        return score;
    }
}
