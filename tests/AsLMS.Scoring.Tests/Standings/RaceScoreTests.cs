using AsLMS.Scoring.Results;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Tests.Standings;

/// <summary>
/// A race score keeps up to two sources of points inline and the rest in an array: whichever way a value was built
/// (initialisers in any order, a source set then cleared, <c>with</c>, the calculator's constructor), equal values must be
/// equal, hash alike, and read back every part.
/// </summary>
public sealed class RaceScoreTests
{
    [Fact]
    public void Initialisers_InAnyOrder_GiveEqualScoresWithTheSameHash()
    {
        var a = new RaceScore { Race = "R1", Status = ResultStatus.Classified, Position = 2, PositionPoints = 18, PolePoints = 1 };
        var b = new RaceScore { PolePoints = 1, Position = 2, Race = "R1", PositionPoints = 18, Status = ResultStatus.Classified };

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(19, a.Points); // 18 + 1
    }

    [Fact]
    public void Source_SetThenCleared_EqualsNeverSet()
    {
        var cleared = new RaceScore { Race = "R1", PositionPoints = 25, FastestLapPoints = 1 } with { FastestLapPoints = 0 };
        var plain = new RaceScore { Race = "R1", PositionPoints = 25 };

        Assert.Equal(plain, cleared);
        Assert.Equal(plain.GetHashCode(), cleared.GetHashCode());
        Assert.Equal(Points.Zero, cleared.FastestLapPoints);
    }

    [Fact]
    public void ManySources_KeepEveryPart_AndCompareByValue()
    {
        // Four sources: 25 + 1 (pole) + 1 (fastest lap) - 25 1/2 (shared drive: half of 51 went to the other driver) = 1 1/2.
        var a = new RaceScore { Race = "R1", PositionPoints = 25, PolePoints = 1, FastestLapPoints = 1, SharedDrivePoints = Points.Parse("-25 1/2") };
        var b = new RaceScore { Race = "R1", SharedDrivePoints = Points.Parse("-25 1/2"), FastestLapPoints = 1, PolePoints = 1, PositionPoints = 25 };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Points.Parse("1 1/2"), a.Points);
        Assert.Equal((Points)25, a.PositionPoints);
        Assert.Equal((Points)1, a.PolePoints);
        Assert.Equal((Points)1, a.FastestLapPoints);
        Assert.Equal(Points.Parse("-25 1/2"), a.SharedDrivePoints);
        Assert.Equal(Points.Zero, a.MultiplierPoints);
        Assert.NotEqual(a, a with { PolePoints = 2 });
    }

    [Fact]
    public void With_FromManySourcesDownToTwo_EqualsTheScoreBuiltWithTwo()
    {
        var many = new RaceScore { Race = "R1", PositionPoints = 25, PolePoints = 1, FastestLapPoints = 1 };
        var two = new RaceScore { Race = "R1", PositionPoints = 25, FastestLapPoints = 1 };

        var reduced = many with { PolePoints = 0 };

        Assert.Equal(two, reduced);
        Assert.Equal(two.GetHashCode(), reduced.GetHashCode());
        Assert.Equal(
            [new PointsAward(PointsSource.Position, 25), new PointsAward(PointsSource.FastestLap, 1)],
            reduced.Awards().AsSpan().ToArray());
    }

    [Fact]
    public void Constructor_OfTheCalculator_EqualsTheInitialisedScore()
    {
        // Parts in PointsSource order: position, beyond scale, pole, fastest lap, multiplier, shortened race, shared drive.
        Points[] two = [15, 0, 1, 0, 0, 0, 0];
        Points[] three = [15, 0, 1, 0, 15, 0, 0];

        Assert.Equal(
            new RaceScore { Race = "R2", Status = ResultStatus.Classified, Position = 4, PositionPoints = 15, PolePoints = 1, Dropped = true },
            new RaceScore("R2", ResultStatus.Classified, 4, two, dropped: true, belowMinimumDriveTime: false));
        var initialised = new RaceScore { Race = "R2", Position = 4, PositionPoints = 15, PolePoints = 1, MultiplierPoints = 15 };
        var constructed = new RaceScore("R2", null, 4, three, dropped: false, belowMinimumDriveTime: false);
        Assert.Equal(initialised, constructed);
        Assert.Equal(initialised.GetHashCode(), constructed.GetHashCode());
    }

    [Fact]
    public void PositionStatusAndFlags_AreDistinguished()
    {
        var none = new RaceScore { Race = "R1" };

        Assert.Null(none.Position);
        Assert.Null(none.Status);
        Assert.NotEqual(none, none with { Position = 0 });
        Assert.Equal(0, (none with { Position = 0 }).Position);
        Assert.Equal(none, none with { Position = 3 } with { Position = null });
        Assert.NotEqual(none, none with { Status = ResultStatus.Classified });
        Assert.Equal(ResultStatus.Excluded, (none with { Status = ResultStatus.Excluded }).Status);
        Assert.NotEqual(none with { Dropped = true }, none with { BelowMinimumDriveTime = true });
        Assert.True((none with { Dropped = true, BelowMinimumDriveTime = true }).BelowMinimumDriveTime);
        Assert.False((none with { Dropped = true, BelowMinimumDriveTime = true } with { Dropped = false }).Dropped);
        Assert.NotEqual(none, none with { Race = "R2" });
    }

    [Fact]
    public void Status_TheFirstOfTheEnum_IsAStatus_AndClearedEqualsNeverSet()
    {
        // Classified is the enum's zero: a score classified and one without a status must differ, and clearing the status must
        // give back the score that never had one.
        var none = new RaceScore { Race = "R1", PositionPoints = 25 };
        var classified = none with { Status = ResultStatus.Classified };

        Assert.Equal((ResultStatus)0, ResultStatus.Classified);
        Assert.Equal(ResultStatus.Classified, classified.Status);
        Assert.NotEqual(none, classified);
        Assert.Equal(none, classified with { Status = null });
        Assert.Equal(none.GetHashCode(), (classified with { Status = null }).GetHashCode());
        Assert.Equal(classified, new RaceScore("R1", ResultStatus.Classified, null, [25, 0, 0, 0, 0, 0, 0], false, false));
    }

    [Theory]
    [InlineData(2_147_483_647L, 1L)] // the largest numerator kept inline
    [InlineData(2_147_483_648L, 1L)] // one more: kept with every source
    [InlineData(-2_147_483_648L, 1L)] // the smallest numerator kept inline
    [InlineData(-2_147_483_649L, 1L)]
    [InlineData(1L, 2_147_483_648L)] // the largest denominator kept inline (denominator - 1 = int.MaxValue)
    [InlineData(1L, 2_147_483_649L)]
    [InlineData(7L, 2L)]
    public void Points_AtAndBeyond32Bits_AreKeptExactly_HoweverTheScoreIsBuilt(long numerator, long denominator)
    {
        // A pole point beside the position points: two sources, which a score keeps inline when each fits 32-bit halves and
        // with all seven otherwise. Either way every part reads back exactly and equal scores are equal.
        var big = Points.FromFraction(numerator, denominator);
        var initialised = new RaceScore { Race = "R1", PositionPoints = big, PolePoints = 1 };
        var constructed = new RaceScore("R1", null, null, [big, 0, 1, 0, 0, 0, 0], dropped: false, belowMinimumDriveTime: false);
        var changed = new RaceScore { Race = "R1", PositionPoints = 3, PolePoints = 1 } with { PositionPoints = big };

        foreach (var score in new[] { initialised, constructed, changed })
        {
            Assert.Equal(big, score.PositionPoints);
            Assert.Equal(Points.One, score.PolePoints);
            Assert.Equal(big + 1, score.Points);
            Assert.Equal(initialised, score);
            Assert.Equal(initialised.GetHashCode(), score.GetHashCode());
        }

        Assert.NotEqual(initialised, initialised with { PositionPoints = big + 1 });
        Assert.Equal(initialised, (initialised with { PositionPoints = big + 1 }) with { PositionPoints = big });
    }
}
