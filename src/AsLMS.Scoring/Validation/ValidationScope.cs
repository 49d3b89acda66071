using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// What the results validators look up while validating one season: the index of entries and drivers, the classes, the crew
/// requirements that can be checked, and a view of each race. Built once per validation run and kept in the run's
/// <see cref="IValidationContext.RootContextData"/>, so every entry's and every race's validator shares it.
/// </summary>
/// <remarks>Belongs to one validation run (one thread); never shared between runs.</remarks>
internal sealed class ValidationScope
{
    private const string Key = "AsLMS.Scoring.Validation.ValidationScope";
    private readonly Dictionary<RaceResult, RaceView> views = new(ReferenceEqualityComparer.Instance);

    private ValidationScope(RuleSet rules, SeasonResults results, ValidationOptions options)
    {
        Rules = rules;
        Results = results;
        Options = options;
        Index = SeasonIndex.Build(results, FailureLog.Discard());
        foreach (var definition in rules.Classes)
        {
            if (definition is not null)
            {
                Classes.TryAdd(definition.Id, definition);
            }
        }

        // Requirements the rule set gets wrong are reported against the rule set; checking crews against them would only repeat it.
        var conflicts = CrewRules.Conflicts(rules);
        foreach (var requirement in rules.CrewRequirements)
        {
            if (requirement is not null && requirement is not { Minimum: < 0 } and not { Maximum: < 0 } && !conflicts.Exists(c => ReferenceEquals(c.Requirement, requirement)))
            {
                Requirements.Add(requirement);
            }
        }
    }

    public RuleSet Rules { get; }

    public SeasonResults Results { get; }

    public ValidationOptions Options { get; }

    public SeasonIndex Index { get; }

    public Dictionary<ClassId, ClassDefinition> Classes { get; } = [];

    /// <summary>Gets the crew requirements crews are checked against: the satisfiable ones.</summary>
    public List<CrewRequirement> Requirements { get; } = [];

    /// <summary>Gets the scope of a validation run, making it on first use.</summary>
    public static ValidationScope Of<T>(ValidationContext<T> context, RuleSet rules, SeasonResults results, ValidationOptions options)
    {
        if (context.RootContextData.TryGetValue(Key, out var stored) && stored is ValidationScope scope
            && ReferenceEquals(scope.Rules, rules) && ReferenceEquals(scope.Results, results) && ReferenceEquals(scope.Options, options))
        {
            return scope;
        }

        scope = new ValidationScope(rules, results, options);
        context.RootContextData[Key] = scope;
        return scope;
    }

    /// <summary>Gets the view of a race result.</summary>
    public RaceView View(RaceResult result)
    {
        if (!views.TryGetValue(result, out var view))
        {
            view = new RaceView(this, result);
            views.Add(result, view);
        }

        return view;
    }

    /// <summary>Gets the drivers of a crew that are among the season's drivers, or null when one is not (or one is named twice).</summary>
    public List<Driver>? KnownCrew(IEnumerable<DriverId> crew)
    {
        var drivers = new List<Driver>();
        foreach (var id in crew)
        {
            if (Index.FindDriver(id) is not { } driver || drivers.Exists(d => d.Id == id))
            {
                return null;
            }

            drivers.Add(driver);
        }

        return drivers;
    }
}

/// <summary>A race result as the validators read it: its race, and the rows of entered cars (each car's first row only).</summary>
internal sealed class RaceView
{
    private readonly Dictionary<CarNumber, Row> byCar = [];

    public RaceView(ValidationScope scope, RaceResult result)
    {
        Result = result;
        Race = scope.Rules.Season?.FindRace(result.Race);
        Name = Describe.Race(Race, result.Race);
        foreach (var car in result.Cars)
        {
            if (car is not null && scope.Index.EntryIndex.TryGetValue(car.Car, out var entry) && !byCar.ContainsKey(car.Car))
            {
                var row = new Row(car, scope.Index.Entries[entry]);
                Rows.Add(row);
                byCar.Add(car.Car, row);
                if (car.Status == ResultStatus.Classified)
                {
                    if (car.Position is null)
                    {
                        ClassifiedWithoutPosition = true;
                    }
                    else
                    {
                        Classified.Add(row);
                    }
                }
            }
        }

        Classified.Sort((a, b) => a.Car.Position!.Value.CompareTo(b.Car.Position!.Value));
    }

    public RaceResult Result { get; }

    /// <summary>Gets the race of the calendar, or null when it is not in the calendar.</summary>
    public Race? Race { get; }

    /// <summary>Gets the race as messages name it.</summary>
    public string Name { get; }

    /// <summary>Gets the first row of each entered car.</summary>
    public List<Row> Rows { get; } = [];

    /// <summary>Gets the classified rows that have a position, in position order.</summary>
    public List<Row> Classified { get; } = [];

    /// <summary>Gets a value indicating whether a classified car has no position.</summary>
    public bool ClassifiedWithoutPosition { get; }

    /// <summary>Finds the row of an entered car.</summary>
    public Row? Find(CarNumber car) => byCar.GetValueOrDefault(car);

    /// <summary>A car's row and its entry.</summary>
    public sealed record Row(CarResult Car, Entry Entry)
    {
        /// <summary>Gets the crew of the car in this race: the drivers given, else the entry's nominated crew.</summary>
        public IEnumerable<DriverId> Crew => Car.Drivers.IsEmpty ? Entry.Crew : Car.Drivers.Select(d => d.Driver);
    }
}
