using AsLMS.Scoring.Rules;
using FluentValidation;
using NodaTime;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates the points of a race: no negative points, a scale that never gives a position more than the one before it, points
/// beyond the scale no more than its last position's, a fastest-lap condition from 1st place, and a minimum drive time of at least zero.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.NegativePoints"/>, <see cref="ErrorCodes.IncreasingScale"/>, <see cref="ErrorCodes.BeyondScaleAboveScale"/>,
/// <see cref="ErrorCodes.ValueOutOfRange"/>. An empty scale is valid (a race that scores only pole or fastest lap).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RaceScoringValidator : AbstractValidator<RaceScoring>
{
    /// <summary>Initializes a new instance of the <see cref="RaceScoringValidator"/> class.</summary>
    public RaceScoringValidator()
    {
        RuleFor(s => s).Custom((scoring, context) =>
        {
            var log = FailureLog.Into(context);
            var what = scoring.Category is null ? "The default race scoring" : $"The race scoring of category '{scoring.Category}'";
            CheckScale(scoring.Scale, what, "Scale", log);
            CheckNotNegative(scoring.Pole, $"{what} gives {scoring.Pole} points for pole", "Pole", log);
            CheckNotNegative(scoring.BeyondScale, $"{what} gives {scoring.BeyondScale} points beyond the scale", "BeyondScale", log);
            if (!scoring.Scale.IsEmpty && scoring.BeyondScale > scoring.Scale[^1])
            {
                log.Error(
                    ErrorCodes.BeyondScaleAboveScale,
                    "BeyondScale",
                    scoring.BeyondScale,
                    $"{what} gives {scoring.BeyondScale} points beyond the scale, more than the {scoring.Scale[^1]} of its last position (P{scoring.Scale.Count}).");
            }

            if (scoring.FastestLap is { } fastestLap)
            {
                CheckNotNegative(fastestLap.Points, $"{what} gives {fastestLap.Points} points for the fastest lap", "FastestLap.Points", log);
                if (fastestLap.MustFinishInTop is < 1)
                {
                    log.Error(ErrorCodes.ValueOutOfRange, "FastestLap.MustFinishInTop", fastestLap.MustFinishInTop, $"{what} gives the fastest-lap points to a car in the top {fastestLap.MustFinishInTop}: at least the top 1 (or null for no condition).");
                }
            }

            if (scoring.MinimumDriveTime is { } minimum && minimum < Duration.Zero)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "MinimumDriveTime", minimum, $"{what} has a negative minimum drive time ({Describe.Time(minimum)}).");
            }
        });
    }

    /// <summary>Checks a points scale: no negative points, and no position worth more than the one before it.</summary>
    internal static void CheckScale(EquatableArray<Points> scale, string what, string property, FailureLog log)
    {
        for (var i = 0; i < scale.Count; i++)
        {
            CheckNotNegative(scale[i], $"{what} gives {scale[i]} points for P{i + 1}", $"{property}[{i}]", log);
            if (i > 0 && scale[i] > scale[i - 1])
            {
                log.Error(ErrorCodes.IncreasingScale, $"{property}[{i}]", scale[i], $"{what} gives P{i + 1} {scale[i]} points, more than the {scale[i - 1]} of P{i}.");
            }
        }
    }

    private static void CheckNotNegative(Points points, string message, string property, FailureLog log)
    {
        if (points < Points.Zero)
        {
            log.Error(ErrorCodes.NegativePoints, property, points, message + ": points cannot be negative.");
        }
    }
}
