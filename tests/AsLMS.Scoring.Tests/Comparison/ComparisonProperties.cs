using AsLMS.Scoring.Comparison;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Tests.Support;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Comparison;

/// <summary>Over generated seasons: a rule set compared with itself, or with its JSON round trip, changes nothing.</summary>
public sealed class ComparisonProperties
{
    [Fact]
    public void SameRules_EmptyDifferencesAndEmptyImpact()
        => SeasonGen.CheckSpecs(SeasonGen.Specs(varied: true), spec =>
        {
            // An equal copy (not the same instance), so that nothing can take a shortcut on reference equality.
            var season = spec.Build();
            var copy = spec.Build().Rules;
            return RuleSetDiff.Compare(season.Rules, copy).IsEmpty
                && RuleChangeImpact.Assess(season.Rules, copy, season.Results).IsEmpty;
        },
        tests: 1000);

    /// <summary>The rule sets of <see cref="SeasonGen.SeasonsForJson"/> use every converter (multipliers, categories, zones, fractions).</summary>
    [Fact]
    public void JsonRoundTrip_EmptyDifferences()
        => SeasonGen.Check(SeasonGen.SeasonsForJson, season => RuleSetDiff.Compare(season.Rules, ScoringJson.ParseRuleSet(ScoringJson.ToJson(season.Rules))).IsEmpty, tests: 50);

    /// <summary>The decorated seasons are not all scorable (time penalties without times): the impact is checked on scorable ones.</summary>
    [Fact]
    public void JsonRoundTrip_EmptyImpact()
        => SeasonGen.Check(SeasonGen.Seasons, season =>
            RuleChangeImpact.Assess(season.Rules, ScoringJson.ParseRuleSet(ScoringJson.ToJson(season.Rules)), season.Results).IsEmpty,
            tests: 50);

    [Fact]
    public void Differences_AreAntisymmetric_AddedOneWayIsRemovedTheOther()
        => SeasonGen.Check(
            from a in SeasonGen.Seasons
            from b in SeasonGen.Seasons
            select (a.Rules, b.Rules),
            x =>
            {
                var forward = RuleSetDiff.Compare(x.Item1, x.Item2).Changes;
                var backward = RuleSetDiff.Compare(x.Item2, x.Item1).Changes;
                static (RuleArea, string, string?, string?, string?) Key(RuleChange c, bool flip)
                    => flip
                        ? (c.Area, c.Subject, c.Aspect, c.After, c.Before)
                        : (c.Area, c.Subject, c.Aspect, c.Before, c.After);
                return forward.Count == backward.Count
                    && forward.Select(c => Key(c, false)).OrderBy(k => k.ToString(), StringComparer.Ordinal)
                        .SequenceEqual(backward.Select(c => Key(c, true)).OrderBy(k => k.ToString(), StringComparer.Ordinal));
            },
            tests: 100);
}
