using AsLMS.Scoring.Results;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>The drivers a file names, in order of first appearance, one per identifier (the first spelling met is kept).</summary>
internal sealed class DriverRegister
{
    private readonly Dictionary<string, Driver> byId = new(StringComparer.Ordinal);
    private readonly List<Driver> inOrder = [];

    public DriverId Add(ReadOnlySpan<char> name)
    {
        var display = DriverNames.Display(name);
        var id = DriverNames.Id(display);
        if (!byId.ContainsKey(id))
        {
            var driver = new Driver { Id = id, Name = display };
            byId.Add(id, driver);
            inOrder.Add(driver);
        }

        return id;
    }

    public EquatableArray<Driver> ToEquatableArray() => inOrder.ToEquatableArray();
}
