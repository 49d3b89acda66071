using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>Validation over generated seasons: valid seasons are clean, and breaking one rule is reported with that rule's code only.</summary>
public sealed class ValidationProperties
{
    [Fact]
    public void GeneratedSeasons_ValidateClean()
        => SeasonGen.CheckSpecs(SeasonGen.Specs(varied: true), spec =>
        {
            var season = spec.Build();
            var report = SeasonValidation.Validate(season.Rules, season.Results);
            return report.IsClean ? true : throw new InvalidOperationException(report.ToString());
        },
        tests: 1000);

    [Fact]
    public void GeneratedSeasons_FromEveryGeneratorOption_ValidateClean()
        => SeasonGen.Check(SeasonGen.AnyOptions, options =>
        {
            var season = SeasonGenerator.Generate(options);
            var report = SeasonValidation.Validate(season.Rules, season.Results);
            return report.IsClean ? true : throw new InvalidOperationException(report.ToString());
        }, tests: 40);

    [Fact]
    public void OneBrokenRule_IsReportedWithExactlyThatRulesCode()
    {
        var gen = from spec in SeasonGen.Specs(varied: true)
                  from mutation in Gen.Elements(Mutations.All.ToArray())
                  select (Spec: spec, Mutation: mutation);

        SeasonGen.Check(
            gen,
            x => x.Spec.Shrink().Select(s => x with { Spec = s }),
            x => x.Mutation.Apply(x.Spec.Build()) is not { } broken || ReportsExactly(x.Mutation.Code, broken),
            tests: 1000);
    }

    [Fact]
    public void EveryMutation_OfTheDemoSeason_IsReportedWithExactlyItsCode()
    {
        var demo = SeasonGenerator.Demo();
        foreach (var mutation in Mutations.All)
        {
            var broken = mutation.Apply(demo);
            Assert.True(broken is not null, $"{mutation.Code}: the demo season has nothing to break.");
            ReportsExactly(mutation.Code, broken);
        }
    }

    private static bool ReportsExactly(string code, GeneratedSeason broken)
    {
        var report = SeasonValidation.Validate(broken.Rules, broken.Results);
        var codes = report.Failures.Select(f => f.ErrorCode).Distinct().ToList();
        return codes.Count == 1 && codes[0] == code
            ? true
            : throw new InvalidOperationException($"Breaking {code} was reported as:{Environment.NewLine}{(report.IsClean ? "nothing" : report.ToString())}");
    }

    [Fact]
    public void EveryErrorCode_HasAMutation()
        => Assert.Equal(
            typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Except(ErrorCodeAreas.NotReportedByValidation).Order(),
            Mutations.All.Select(m => m.Code).Order());
}
