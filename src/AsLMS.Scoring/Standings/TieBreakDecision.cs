using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>
/// Why a row is below the row above it although both have the same total: the tie-break criterion and the values that decided it,
/// or, when nothing separated them, that they share the rank.
/// </summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Two decisions are equal when their criterion, the values that decided and their <see cref="Explanation"/> are equal.</para>
/// </remarks>
public sealed record TieBreakDecision
{
    // A decision made by the calculator keeps the facts its words are made of and writes them only when read: a progression makes
    // thousands of decisions (every tie of every round) and most are never read, so writing each one's text as it was made was much
    // of the progression's time and memory. A decision made by a user carries the text it was given.
    private readonly string? explanation;
    private readonly Points level;
    private readonly EquatableArray<TieBreak> criteria;
    private readonly int deciding;
    private readonly string? raceName;

    // The facts, each with a bit of `present` for whether it has a value: a nullable field of its own took twice the room, and a
    // progression keeps thousands of decisions.
    private const byte HasCriterion = 1;
    private const byte HasPlace = 2;
    private const byte HasAboveCount = 4;
    private const byte HasBelowCount = 8;
    private const byte HasRace = 16;
    private const byte HasAbovePosition = 32;
    private const byte HasBelowPosition = 64;
    private readonly TieBreak criterion;
    private readonly int place;
    private readonly int aboveCount;
    private readonly int belowCount;
    private readonly int abovePosition;
    private readonly int belowPosition;
    private readonly RaceId race;
    private readonly byte present;

    /// <summary>Initializes a new instance of the <see cref="TieBreakDecision"/> class; set <see cref="Explanation"/> and the facts that apply.</summary>
    public TieBreakDecision()
    {
    }

    /// <summary>A decision made by the calculator, its explanation written from these facts when it is read.</summary>
    /// <param name="level">The points both rows have.</param>
    /// <param name="criteria">The table's tie-break criteria, in order.</param>
    /// <param name="deciding">The index in <paramref name="criteria"/> of the one that decided, or -1 when none did (a shared rank).</param>
    /// <param name="raceName">For a race-by-race criterion, the name of the race that decided.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Explanation is never null: without text of its own it is written from these facts.
    internal TieBreakDecision(Points level, EquatableArray<TieBreak> criteria, int deciding, string? raceName)
    {
        this.level = level;
        this.criteria = criteria;
        this.deciding = deciding;
        this.raceName = raceName;
        Criterion = deciding < 0 ? null : criteria[deciding];
    }
#pragma warning restore CS8618

    /// <summary>Gets the criterion that separated the two rows, or null when nothing did and they share the rank.</summary>
    public TieBreak? Criterion
    {
        get => Get(HasCriterion, criterion);
        init => (criterion, present) = Set(HasCriterion, value);
    }

    /// <summary>
    /// Gets the decision in plain words, e.g. <c>"Level on 55 points; countback: equal on wins to 2nd places, more 3rd places (2 to 1)."</c>
    /// or <c>"Level on 2 points and equal on countback: the rank is shared."</c>.
    /// </summary>
    public required string Explanation
    {
        get => explanation ?? Write();
        init => explanation = value;
    }

    /// <summary>Gets, for a countback, the place whose count decided (3 for third places).</summary>
    public int? Place
    {
        get => Get(HasPlace, place);
        init => (place, present) = Set(HasPlace, value);
    }

    /// <summary>Gets, for a countback, how many such places the row above had.</summary>
    public int? AboveCount
    {
        get => Get(HasAboveCount, aboveCount);
        init => (aboveCount, present) = Set(HasAboveCount, value);
    }

    /// <summary>Gets, for a countback, how many such places this row had.</summary>
    public int? BelowCount
    {
        get => Get(HasBelowCount, belowCount);
        init => (belowCount, present) = Set(HasBelowCount, value);
    }

    /// <summary>Gets, for a race-by-race criterion, the race that decided.</summary>
    public RaceId? Race
    {
        get => Get(HasRace, race);
        init => (race, present) = Set(HasRace, value);
    }

    /// <summary>Gets, for a race-by-race criterion, the row above's position in that race (null for no result).</summary>
    public int? AbovePosition
    {
        get => Get(HasAbovePosition, abovePosition);
        init => (abovePosition, present) = Set(HasAbovePosition, value);
    }

    /// <summary>Gets, for a race-by-race criterion, this row's position in that race (null for no result).</summary>
    public int? BelowPosition
    {
        get => Get(HasBelowPosition, belowPosition);
        init => (belowPosition, present) = Set(HasBelowPosition, value);
    }

    /// <inheritdoc/>
    public bool Equals(TieBreakDecision? other)
        => ReferenceEquals(this, other)
            || (other is not null
                && Criterion == other.Criterion
                && Place == other.Place
                && AboveCount == other.AboveCount
                && BelowCount == other.BelowCount
                && Race == other.Race
                && AbovePosition == other.AbovePosition
                && BelowPosition == other.BelowPosition
                && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal));

    /// <inheritdoc/>
    // The words are left out: equal decisions have equal facts, and hashing should not write them.
    public override int GetHashCode() => HashCode.Combine(Criterion, Place, AboveCount, BelowCount, Race, AbovePosition, BelowPosition);

    private T? Get<T>(byte fact, T value)
        where T : struct
        => (present & fact) != 0 ? value : null;

    private (T Value, byte Present) Set<T>(byte fact, T? value)
        where T : struct
        => value is { } given ? (given, (byte)(present | fact)) : (default, (byte)(present & ~fact));

    private static string Name(TieBreak criterion) => criterion switch
    {
        TieBreak.Countback => "countback",
        TieBreak.CountbackOfCountedResults => "countback of counted results",
        TieBreak.CountbackOfScoringPlaces => "countback of scoring places",
        TieBreak.LatestResult => "latest results",
        _ => "earliest results",
    };

    private static void AppendOrdinal(ref DefaultInterpolatedStringHandler text, int n)
    {
        text.AppendFormatted(n);
        text.AppendLiteral((n % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (n % 10) switch
            {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            },
        });
    }

    private static void AppendPosition(ref DefaultInterpolatedStringHandler text, int? position)
    {
        if (position is { } p)
        {
            text.AppendLiteral("P");
            text.AppendFormatted(p);
        }
        else
        {
            text.AppendLiteral("no result");
        }
    }

    /// <summary>Writes the calculator's decision in words: the points, the criteria level so far, then the deciding one.</summary>
    private string Write()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        text.AppendLiteral("Level on ");
        text.AppendLiteral(level.ToString());
        text.AppendLiteral(" points");
        if (Criterion is not { } decidedBy)
        {
            text.AppendLiteral(criteria.IsEmpty ? " and the rule set has no tie-break" : " and equal on ");
            for (var i = 0; i < criteria.Count; i++)
            {
                text.AppendLiteral(i == 0 ? string.Empty : ", ");
                text.AppendLiteral(Name(criteria[i]));
            }

            text.AppendLiteral(": the rank is shared.");
            return text.ToStringAndClear();
        }

        for (var i = 0; i < deciding; i++)
        {
            text.AppendLiteral(", ");
            text.AppendLiteral(Name(criteria[i]));
        }

        text.AppendLiteral("; ");
        text.AppendLiteral(Name(decidedBy));
        if (Place is { } at)
        {
            text.AppendLiteral(": ");
            if (at == 2)
            {
                text.AppendLiteral("equal on wins, ");
            }
            else if (at > 2)
            {
                text.AppendLiteral("equal on wins to ");
                AppendOrdinal(ref text, at - 1);
                text.AppendLiteral(" places, ");
            }

            text.AppendLiteral("more ");
            if (at == 1)
            {
                text.AppendLiteral("wins");
            }
            else
            {
                AppendOrdinal(ref text, at);
                text.AppendLiteral(" places");
            }

            text.AppendLiteral(" (");
            text.AppendFormatted(AboveCount);
            text.AppendLiteral(" to ");
            text.AppendFormatted(BelowCount);
            text.AppendLiteral(").");
            return text.ToStringAndClear();
        }

        text.AppendLiteral(": better result in ");
        text.AppendLiteral(raceName ?? string.Empty);
        text.AppendLiteral(" (");
        AppendPosition(ref text, AbovePosition);
        text.AppendLiteral(" to ");
        AppendPosition(ref text, BelowPosition);
        text.AppendLiteral(").");
        return text.ToStringAndClear();
    }
}
