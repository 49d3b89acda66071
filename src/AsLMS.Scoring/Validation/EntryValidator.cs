using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates an entry against a rule set: its class and sub-classification exist (and the sub-classification is inside the
/// class), its nominated crew names known drivers once each, and the crew meets the crew requirements of its class.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.UnknownClass"/>, <see cref="ErrorCodes.SubClassMismatch"/>, <see cref="ErrorCodes.UnknownDriver"/>,
/// <see cref="ErrorCodes.DriverListedTwice"/>, and <see cref="ErrorCodes.CrewRequirementNotMet"/> as a warning: a car whose crew
/// breaks a requirement is still scored. An empty nominated crew (crews given race by race) is not checked against the requirements.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class EntryValidator : AbstractValidator<Entry>
{
    /// <summary>Initializes a new instance of the <see cref="EntryValidator"/> class.</summary>
    /// <param name="rules">The rule set the entry is validated against.</param>
    /// <param name="results">The season's results the entry belongs to (for its drivers).</param>
    /// <param name="options">The options, or null for <see cref="ValidationOptions.Default"/>.</param>
    public EntryValidator(RuleSet rules, SeasonResults results, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        options ??= ValidationOptions.Default;

        RuleFor(e => e).Custom((entry, context) =>
        {
            var scope = ValidationScope.Of(context, rules, results, options);
            var log = FailureLog.Into(context);
            CheckClasses(scope, entry, log);
            CheckCrew(scope, entry, log);
        });
    }

    private static void CheckClasses(ValidationScope scope, Entry entry, FailureLog log)
    {
        var who = Describe.Car(entry);
        if (!scope.Classes.TryGetValue(entry.Class, out var carClass))
        {
            log.Error(ErrorCodes.UnknownClass, "Class", entry.Class.Value, $"{who} is entered in class '{entry.Class}', which the {scope.Rules.Label} rules do not define.");
        }
        else if (carClass.Parent is { } parent)
        {
            log.Error(ErrorCodes.SubClassMismatch, "Class", entry.Class.Value, $"{who} is entered in '{entry.Class}', a sub-classification of {parent}: give {parent} as its class and '{entry.Class}' as its sub-class.");
        }

        if (entry.SubClass is not { } subClass)
        {
            return;
        }

        if (!scope.Classes.TryGetValue(subClass, out var sub))
        {
            log.Error(ErrorCodes.UnknownClass, "SubClass", subClass.Value, $"{who} is entered in sub-classification '{subClass}', which the {scope.Rules.Label} rules do not define.");
        }
        else if (carClass is { Parent: null } && sub.Parent != entry.Class)
        {
            log.Error(
                ErrorCodes.SubClassMismatch,
                "SubClass",
                subClass.Value,
                sub.Parent is { } other
                    ? $"{who} is entered in class {entry.Class} with sub-classification '{subClass}', which is inside {other}."
                    : $"{who} is entered in class {entry.Class} with sub-classification '{subClass}', which is a class of its own.");
        }
    }

    private static void CheckCrew(ValidationScope scope, Entry entry, FailureLog log)
    {
        var who = Describe.Car(entry);
        var known = true;
        var seen = new HashSet<DriverId>();
        foreach (var driver in entry.Crew)
        {
            if (!seen.Add(driver))
            {
                log.Error(ErrorCodes.DriverListedTwice, "Crew", driver.Value, $"{who}: the nominated crew names {Describe.Driver(driver, scope.Index.FindDriver(driver))} twice.");
                known = false;
            }
            else if (!scope.Index.DriverIndex.ContainsKey(driver))
            {
                log.Error(ErrorCodes.UnknownDriver, "Crew", driver.Value, $"{who}: the nominated crew names driver '{driver}', who is not among the season's drivers.");
                known = false;
            }
        }

        // A crew with an unknown driver has already failed; its composition cannot be judged.
        if (known && !entry.Crew.IsEmpty && scope.KnownCrew(entry.Crew) is { } crew)
        {
            CrewRules.Check(scope.Requirements, entry, crew, scope.Options.RegionOf, $"{who}, nominated crew", "Crew", log);
        }
    }
}
