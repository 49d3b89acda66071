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
}
