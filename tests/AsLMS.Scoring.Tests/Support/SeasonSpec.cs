using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// What a generated season is made from: the generator's options plus the rules the property tests vary. FsCheck draws and
/// shrinks these (fewer races, cars and classes, no Am sub-classes, minimum drive time, drop rule or special race, a shorter
/// tie-break chain, seed 0), so a failing case reduces to a small season described in one line.
/// </summary>
internal sealed record SeasonSpec(
    int Seed,
    int Races,
    int Classes,
    int Cars,
    bool Am,
    int MinimumMinutes,
    bool HalfPointBeyondScale,
    DropSpec? Drops,
    EquatableArray<TieBreak> TieBreaks,
    int Special)
{
    /// <summary>The category of the special last race (<see cref="Special"/> 1: pays double; 2: pays double and is left out of tie-breaks).</summary>
    public const string DoublePoints = "Double points";

    /// <summary>Builds the season: the library's generator, then the drop rule, tie-breaks and special race of this spec.</summary>
    public GeneratedSeason Build()
    {
        var season = SeasonGenerator.Generate(new GeneratorOptions
        {
            Seed = Seed,
            Races = Races,
            Cars = Cars,
            Classes = new[] { "LMP2", "LMP3", "GT" }.Take(Classes).ToEquatableArray(),
            AmSubClasses = Am,
            BeyondScale = HalfPointBeyondScale ? Points.Half : Points.Zero,
            MinimumDriveTime = MinimumMinutes == 0 ? null : Duration.FromMinutes(MinimumMinutes),
        });
        var rules = season.Rules;
        var scoring = rules.Scoring with { Drops = Drops?.ToRule(Races), TieBreaks = TieBreaks };
        if (Special != 0)
        {
            var standard = scoring.Races[0];
            scoring = scoring with
            {
                Races = scoring.Races.Add(standard with
                {
                    Category = DoublePoints,
                    Scale = standard.Scale.Select(p => p * 2L).ToEquatableArray(),
                    BeyondScale = standard.BeyondScale * 2L,
                    Pole = standard.Pole * 2L,
                    CountsForTieBreaks = Special == 1,
                }),
            };
            rules = rules with
            {
                Season = rules.Season with
                {
                    Events = WithLast(rules.Season.Events, e => e with { Races = WithLast(e.Races, race => race with { Category = DoublePoints }) }),
                },
            };
        }

        return season with { Rules = rules with { Scoring = scoring } };
    }

    private static EquatableArray<T> WithLast<T>(EquatableArray<T> items, Func<T, T> change)
        => items.Take(items.Count - 1).Append(change(items[^1])).ToEquatableArray();

    /// <summary>Smaller specs, simplest first; each still builds a valid season.</summary>
    public IEnumerable<SeasonSpec> Shrink()
    {
        if (Races > 1)
        {
            yield return this with { Races = 1, Drops = Drops?.Fit(1) };
            yield return this with { Races = Races - 1, Drops = Drops?.Fit(Races - 1) };
        }

        if (Classes > 1)
        {
            yield return this with { Classes = Classes - 1, Cars = Math.Max(Classes - 1, Cars - 1) };
        }

        if (Cars > Classes)
        {
            yield return this with { Cars = Math.Max(Classes, Cars / 2) };
            yield return this with { Cars = Cars - 1 };
        }

        if (Drops is not null)
        {
            yield return this with { Drops = null };
        }

        if (Special != 0)
        {
            yield return this with { Special = 0 };
        }

        for (var i = 0; i < TieBreaks.Count; i++)
        {
            yield return this with { TieBreaks = TieBreaks.Where((_, k) => k != i).ToEquatableArray() };
        }

        if (Am)
        {
            yield return this with { Am = false };
        }

        if (MinimumMinutes != 0)
        {
            yield return this with { MinimumMinutes = 0 };
        }

        if (HalfPointBeyondScale)
        {
            yield return this with { HalfPointBeyondScale = false };
        }

        if (Seed != 0)
        {
            yield return this with { Seed = 0 };
        }
    }

    /// <inheritdoc/>
    public override string ToString()
        => $"Seed {Seed}, {Races} races, {Cars} cars in {Classes} classes{(Am ? " with Am" : string.Empty)}, minimum drive {MinimumMinutes} min, "
            + $"beyond scale {(HalfPointBeyondScale ? "1/2" : "0")}, drops {Drops?.ToString() ?? "none"}, tie-breaks {TieBreaks}, special race {Special}";
}

/// <summary>
/// A drop rule: one segment, or two split after round <see cref="Split"/>; each counts the best N results or drops the worst N
/// (<c>Worst</c>); <see cref="KeepDisqualifications"/> makes disqualifications undroppable.
/// </summary>
internal sealed record DropSpec(int Split, int First, bool FirstWorst, int Second, bool SecondWorst, bool KeepDisqualifications)
{
    /// <summary>The rule for a calendar of rounds 1 to <paramref name="races"/>.</summary>
    public DropRule ToRule(int races)
    {
        DropSegment Segment(int from, int? to, int count, bool worst)
            => worst ? new DropSegment { FirstRound = from, LastRound = to, WorstDropped = count } : new DropSegment { FirstRound = from, LastRound = to, BestResults = count };

        return new DropRule
        {
            Segments = Split == 0
                ? [Segment(1, null, First, FirstWorst)]
                : [Segment(1, Split, First, FirstWorst), Segment(Split + 1, null, Second, SecondWorst)],
            DisqualificationCannotBeDropped = KeepDisqualifications,
        };
    }

    /// <summary>The same rule made valid for a shorter calendar.</summary>
    public DropSpec Fit(int races)
    {
        var split = Split < races ? Split : 0;
        int Clamp(int count, bool worst, int size) => worst ? Math.Min(count, Math.Max(0, size - 1)) : Math.Clamp(count, 1, size);
        return this with
        {
            Split = split,
            First = Clamp(First, FirstWorst, split == 0 ? races : split),
            Second = Clamp(Second, SecondWorst, races - split),
        };
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        static string One(int count, bool worst) => worst ? $"worst {count} dropped" : $"best {count}";
        return (Split == 0 ? One(First, FirstWorst) : $"rounds 1-{Split}: {One(First, FirstWorst)}; after: {One(Second, SecondWorst)}")
            + (KeepDisqualifications ? ", disqualifications kept" : string.Empty);
    }
}
