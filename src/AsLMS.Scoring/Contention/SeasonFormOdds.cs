using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// The default finishing odds, from the season so far: a car's strength is one plus its average position points per start in the
/// table's races run (shrunk toward the table's average by one start's worth), and its chance of not being classified is its
/// rate of starts not classified, with one not-classified start in eight added as a prior.
/// </summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Deliberately simple and explainable: pace, reliability and qualifying are not modelled separately, and every remaining race
/// is taken to be like the average race so far. Plug in a model of your own through <see cref="IFinishingOddsModel"/>.</para>
/// </remarks>
public sealed class SeasonFormOdds : IFinishingOddsModel
{
    private const double PriorStarts = 8;

    /// <summary>Gets the model.</summary>
    public static SeasonFormOdds Default { get; } = new();

    /// <inheritdoc/>
    public EquatableArray<CarOdds> Estimate(OddsQuery query)
    {
        Preconditions.CheckNotNull(query);
        var rules = query.Rules;
        var table = query.Table;
        var index = new Dictionary<CarNumber, int>();
        for (var i = 0; i < query.Cars.Count; i++)
        {
            index[query.Cars[i]] = i;
        }

        var points = new double[query.Cars.Count];
        var starts = new int[query.Cars.Count];
        var classified = new int[query.Cars.Count];
        foreach (var result in query.Results.Races)
        {
            if (rules.Season.FindRace(result.Race) is not { } race || race.Round > query.AfterRound || !table.Counts(race.Id))
            {
                continue;
            }

            var scoring = rules.ScoringFor(table).For(race);
            var position = 0;
            foreach (var car in result.Cars.Where(c => c.Status == ResultStatus.Classified && c.Position is not null).OrderBy(c => c.Position))
            {
                if (index.TryGetValue(car.Car, out var i))
                {
                    position++;
                    points[i] += (double)scoring.PointsFor(position).ToDecimal();
                    classified[i]++;
                }
            }

            foreach (var car in result.Cars)
            {
                if (car.Status != ResultStatus.DidNotStart && index.TryGetValue(car.Car, out var i))
                {
                    starts[i]++;
                }
            }
        }

        var totalStarts = starts.Sum();
        var average = totalStarts > 0 ? points.Sum() / totalStarts : AverageOfScale(query);
        var odds = new CarOdds[query.Cars.Count];
        for (var i = 0; i < odds.Length; i++)
        {
            var strength = 1 + ((points[i] + average) / (starts[i] + 1));
            var notClassified = (starts[i] - classified[i] + 1) / (starts[i] + PriorStarts);
            odds[i] = new CarOdds(query.Cars[i], strength, Math.Clamp(notClassified, 0, 1));
        }

        return EquatableArray.Own(odds);
    }

    private static double AverageOfScale(OddsQuery query)
    {
        var scale = query.Rules.ScoringFor(query.Table).For(query.Race).Scale;
        var cars = Math.Max(1, query.Cars.Count);
        var sum = 0.0;
        for (var p = 1; p <= cars; p++)
        {
            sum += p <= scale.Count ? (double)scale[p - 1].ToDecimal() : 0;
        }

        return sum / cars;
    }
}
