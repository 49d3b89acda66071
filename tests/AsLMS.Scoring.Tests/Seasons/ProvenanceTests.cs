using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed partial class ProvenanceTests
{
    public static TheoryData<string> Keys => new(BuiltIn.Keys);

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryElementWithAProvenance_HasOneWithANoteAndSources(string key)
    {
        var rules = BuiltIn.Get(key);
        var checkedCount = 0;
        foreach (var (path, provenance) in Provenances(rules, key))
        {
            checkedCount++;
            Assert.True(provenance is not null, $"{path} has no provenance.");
            Assert.False(string.IsNullOrWhiteSpace(provenance.Note), $"{path}: the provenance has no note.");
            Assert.All(provenance.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s), $"{path}: a blank source."));
            Assert.True(provenance.Confidence == Confidence.Uncertain || !provenance.Sources.IsEmpty, $"{path}: a {provenance.Confidence} fact must cite a source.");
        }

        // The rule set, its scoring, classification, every class, table, crew requirement, invitation and event.
        var expected = 3 + rules.Classes.Count + rules.Tables.Count + rules.CrewRequirements.Count + rules.Invitations.Count
            + rules.Season.Events.Count + rules.Scoring.ShortenedRaces.Count + (rules.Scoring.Drops is null ? 0 : 1);
        Assert.Equal(expected, checkedCount);
        Assert.False(string.IsNullOrWhiteSpace(rules.Notes));
    }

    [SharedDataFact("regulations.md")]
    public void CitedSNumbers_ExistInTheRegulationNotesWithTheSameAddress()
    {
        var notes = File.ReadAllLines(SharedData.PathOf("regulations.md")!);
        var listed = notes
            .Select(line => SourceLine().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        Assert.True(listed.Count > 70, "The regulation notes' source list could not be read.");

        var cited = BuiltIn.All
            .SelectMany(rules => Provenances(rules, rules.Label))
            .SelectMany(p => p.Provenance!.Sources)
            .Distinct(StringComparer.Ordinal)
            .Select(s => CitedSource().Match(s))
            .Where(m => m.Success)
            .ToList();
        Assert.NotEmpty(cited);
        foreach (var source in cited)
        {
            var number = source.Groups[1].Value;
            Assert.True(listed.TryGetValue(number, out var line), $"S{number} is not in regulations.md.");
            var address = source.Groups[2].Value.TrimEnd(';');
            Assert.Contains(address, line, StringComparison.Ordinal);
        }
    }

    /// <summary>Every object of the rule set's graph that has a Provenance property, with its path.</summary>
    internal static IEnumerable<(string Path, Provenance? Provenance)> Provenances(object root, string path)
    {
        var type = root.GetType();
        var provenanceProperty = type.GetProperty("Provenance", typeof(Provenance));
        if (provenanceProperty is not null)
        {
            yield return (path, (Provenance?)provenanceProperty.GetValue(root));
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "Provenance" || property.Name == nameof(Rules.Season.Races) && root is Season)
            {
                continue;
            }

            var value = property.GetValue(root);
            foreach (var (child, childPath) in Children(value, $"{path}.{property.Name}"))
            {
                foreach (var found in Provenances(child, childPath))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<(object Value, string Path)> Children(object? value, string path)
    {
        if (value is null || value is string || value.GetType().Assembly != typeof(RuleSet).Assembly)
        {
            yield break;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is not null && item.GetType().Assembly == typeof(RuleSet).Assembly && !item.GetType().IsValueType)
                {
                    yield return (item, $"{path}[{i}]");
                }

                i++;
            }
        }
        else if (!value.GetType().IsValueType)
        {
            yield return (value, path);
        }
    }

    [GeneratedRegex(@"^- S(\d+): (.*)$")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^S(\d+): (\S+)")]
    private static partial Regex CitedSource();
}
