using AsLMS.Scoring.Results;
using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>Each class's fastest lap of a race, from every car's best lap (cars level on the best time all hold it).</summary>
internal static class FastestLaps
{
    public static EquatableArray<FastestLap> PerClass(IEnumerable<(ClassId Class, CarNumber Car, Duration? Best, DriverId? Driver)> cars)
    {
        var list = cars.Where(c => c.Best is not null).ToList();
        var result = new List<FastestLap>();
        foreach (var group in list.GroupBy(c => c.Class))
        {
            var best = group.Min(c => c.Best!.Value);
            result.AddRange(group.Where(c => c.Best == best).Select(c => new FastestLap(c.Class, c.Car, c.Driver)));
        }

        return result.ToEquatableArray();
    }
}
