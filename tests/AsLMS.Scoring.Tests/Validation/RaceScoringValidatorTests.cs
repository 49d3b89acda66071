using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// The points of one race scoring: the failures ScoringValidatorTests does not already pin down (points beyond the scale, pole
// points, a scale that goes up), each with its path and full message.
public sealed class RaceScoringValidatorTests
{
    [Fact]
    public void Validate_NegativePointsBeyondTheScale_NegativePointsAtBeyondScale()
    {
        var failure = Assert.Single(new RaceScoringValidator().Validate(Modern(beyond: -1)).Errors);

        Assert.Equal((ErrorCodes.NegativePoints, "BeyondScale"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("The default race scoring gives -1 points beyond the scale: points cannot be negative.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_NegativePolePoints_NegativePointsAtPole()
    {
        var failure = Assert.Single(new RaceScoringValidator().Validate(Modern(pole: -1)).Errors);

        Assert.Equal((ErrorCodes.NegativePoints, "Pole"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("The default race scoring gives -1 points for pole: points cannot be negative.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_SecondPlaceWorthMoreThanFirst_IncreasingScaleNamingBothPlaces()
    {
        // P2 (index 1) pays 12, more than P1's 10; P3 equal to P2 is allowed.
        var failure = Assert.Single(new RaceScoringValidator().Validate(Modern() with { Category = "Sprint", Scale = [10, 12, 12] }).Errors);

        Assert.Equal((ErrorCodes.IncreasingScale, "Scale[1]"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("The race scoring of category 'Sprint' gives P2 12 points, more than the 10 of P1.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_MoreBeyondTheScaleThanForTheLastPosition_BeyondScaleAboveScaleAtBeyondScale()
    {
        // The modern scale ends on 1 for P10; 1.5 beyond it would pay P11 more than P10. Exactly 1 is allowed.
        var failure = Assert.Single(new RaceScoringValidator().Validate(Modern(beyond: Points.Parse("1.5"))).Errors);

        Assert.Equal((ErrorCodes.BeyondScaleAboveScale, "BeyondScale"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal(Points.Parse("1.5"), failure.AttemptedValue);
        Assert.Equal("The default race scoring gives 1.5 points beyond the scale, more than the 1 of its last position (P10).", failure.ErrorMessage);
        Assert.True(new RaceScoringValidator().Validate(Modern(beyond: 1)).IsValid);
    }
}
