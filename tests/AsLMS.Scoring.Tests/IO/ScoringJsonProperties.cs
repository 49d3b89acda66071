using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.IO;

/// <summary>The JSON round trip, over generated seasons.</summary>
public sealed class ScoringJsonProperties
{
    [Fact]
    public void RuleSetsAndSeasonResults_WrittenAndRead_AreEqual()
        => SeasonGen.Check(SeasonGen.SpecsForJson, spec => spec.Shrink(), spec =>
        {
            var season = spec.Build();
            return ScoringJson.ParseRuleSet(ScoringJson.ToJson(season.Rules)) == season.Rules
                && ScoringJson.ParseSeasonResults(ScoringJson.ToJson(season.Results)) == season.Results;
        },
        tests: 1000);

    [Fact]
    public void Output_WrittenTwice_IsTheSameText()
        => SeasonGen.Check(SeasonGen.SeasonsForJson, season =>
        {
            var json = ScoringJson.ToJson(season.Results);
            return ScoringJson.ToJson(ScoringJson.ParseSeasonResults(json)) == json;
        },
        tests: 30);
}
