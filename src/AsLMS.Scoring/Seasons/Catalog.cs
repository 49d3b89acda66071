using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;

namespace AsLMS.Scoring.Seasons;

/// <summary>
/// The parts the built-in rule sets share: the modern ACO scale, the per-class teams' and drivers' tables, the crew requirements
/// and invitation rules as the AsLMS words them, each with its provenance. Every season file composes these with its own facts.
/// </summary>
internal static class Catalog
{
    public const string SeriesName = "Asian Le Mans Series";

    /// <summary>The ACO scale used by every AsLMS season whose points can be checked: 25-18-15-12-10-8-6-4-2-1.</summary>
    public static readonly EquatableArray<Points> ModernScale = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1];

    /// <summary>
    /// Not found for the AsLMS: the usual ELMS/AsLMS practice of 70 % of the class winner's distance, no chequered-flag condition.
    /// </summary>
    public static readonly ClassificationRule AsLmsClassification = ClassificationRule.Default with
    {
        Provenance = Provenance.Of(
            Uncertain,
            "No AsLMS classification rule was found (regulations.md section 3). Assumed: 70 % of the class winner's distance, the figure "
            + "widely reported for the ELMS that the AsLMS follows; the WEC uses 70 % of the overall winner's distance [S77]."),
    };

    /// <summary>
    /// The WEC-style reduction for a race stopped early: half points below 75 % of the scheduled time. Not found for the AsLMS.
    /// </summary>
    public static readonly ShortenedRaceRule HalfPointsBelowThreeQuartersOfTime = new()
    {
        Basis = ShortenedRaceBasis.Time,
        CompletedBelow = Ratio.FromPercent(75),
        Factor = Ratio.Half,
        Provenance = Provenance.Of(
            Uncertain,
            "Not found for the AsLMS. Taken from the WEC (half points if the race ran less than 75 % of its scheduled time [S61][S62]), "
            + "which ACO series share; consistent with the 2024-25 Sepang race 2, stopped about 47 minutes early (80 % of 4 h), "
            + "which kept full points (derived). The WEC's 'no points if the leader completed fewer than 2 green laps' is not modelled: "
            + "green laps are not part of the results model.",
            Sources.S61,
            Sources.S62),
    };

    // Crew rules that several seasons assume in the same words: one instance each, so the assumption is stated once.

    /// <summary>Crew size after 2014: not found, two or three drivers assumed.</summary>
    public static readonly CrewRequirement AssumedCrewSize = CrewSize(Provenance.Of(
        Uncertain,
        "Not found after 2014; two or three drivers as in 2013-14 [S4] and in every published crew.",
        Sources.S4));

    /// <summary>LMP2 pro-am after the class page's era: assumed to continue until the mandatory Bronze of 2023.</summary>
    public static readonly CrewRequirement AssumedLmp2SilverOrBronze = SilverOrBronzeRequired(
        Provenance.Of(
            Uncertain,
            "The ACO's LMP2 pro-am rule (at least one Silver or Bronze) [S17][S21], assumed to continue until the mandatory Bronze of 2023.",
            Sources.S17,
            Sources.S21),
        "LMP2");

    /// <summary>LMP2 pro-am as on the AsLMS class page of about 2016-18.</summary>
    public static readonly CrewRequirement ClassPageLmp2SilverOrBronze = SilverOrBronzeRequired(
        Provenance.Of(Reported, "AsLMS class page: LMP2 at least one Silver or Bronze [S21][S17].", Sources.S21, Sources.S17),
        "LMP2");

    /// <summary>LMP3 Bronze as on the AsLMS class page of about 2016-18.</summary>
    public static readonly CrewRequirement ClassPageLmp3Bronze = BronzeRequired(
        Provenance.Of(Reported, "AsLMS class page: LMP3 at least one Bronze [S21].", Sources.S21),
        "LMP3");

    /// <summary>LMP3 Bronze outside the class page's era: assumed.</summary>
    public static readonly CrewRequirement AssumedLmp3Bronze = BronzeRequired(
        Provenance.Of(Uncertain, "LMP3 at least one Bronze on the class page of about 2016-18 [S21]; assumed to continue.", Sources.S21),
        "LMP3");

    /// <summary>The Bronze in every class, from 2023.</summary>
    public static readonly CrewRequirement BronzeInEveryClassSince2023 = BronzeRequired(Provenance.Of(
        Reported,
        "A Bronze driver is mandatory in every class from 2023 [Wikipedia 2023]; still so in 2025-26 [S53].",
        Sources.Season2023,
        Sources.S53));

    /// <summary>
    /// The 2016-17 and 2017-18 GT Am invitation: the sub-class winner if it had enough entries (about 3 [S19]; 3 assumed),
    /// otherwise GT 2nd.
    /// </summary>
    public static InvitationRule GtAmInvitationElseGtSecond(Provenance provenance)
        => Invitation("GT Am", 1, LeMansClasses.LmgteAm, provenance) with
        {
            MinimumEntries = 3,
            CountedEntries = EntryCountBasis.ClassEntries,
            Fallback = FallbackTo("GT", 2, LeMansClasses.LmgteAm),
        };

    /// <summary>Creates a class or sub-classification (<paramref name="parent"/> set) with its provenance.</summary>
    public static ClassDefinition Class(string id, string description, Provenance provenance, string? parent = null, string? name = null)
        => new()
        {
            Id = id,
            Name = name ?? id,
            Parent = parent is null ? (ClassId?)null : new ClassId(parent),
            Description = description,
            Provenance = provenance,
        };

    /// <summary>
    /// A teams' table (per car, <c>"{class} Teams"</c>) and a drivers' table (<c>"{class} Drivers"</c>) for each class and
    /// sub-classification: the AsLMS awards both titles in every class it runs.
    /// </summary>
    public static EquatableArray<ChampionshipTable> TablesFor(EquatableArray<ClassDefinition> classes, bool fullSeasonEntriesOnly = false, Provenance? provenance = null)
    {
        var source = provenance ?? Provenance.Of(
            Reported,
            "Teams' (per car) and drivers' titles in every class and sub-classification, as in every AsLMS season: invitations go to the "
            + "team of the car [S2][S9][S47]; a driver scores the points of the car driven and the title goes to whoever was in the car "
            + "all season [S8][S32].",
            Sources.AsLmsHistory,
            Sources.S8,
            Sources.S32);
        var tables = new List<ChampionshipTable>(classes.Count * 2);
        foreach (var definition in classes)
        {
            tables.Add(new ChampionshipTable
            {
                Id = TeamsOf(definition.Id.Value),
                Name = $"{definition.Name} Teams",
                Competitors = CompetitorKind.Car,
                Classes = [definition.Id],
                FullSeasonEntriesOnly = fullSeasonEntriesOnly,
                Provenance = source,
            });
            tables.Add(new ChampionshipTable
            {
                Id = $"{definition.Id.Value} Drivers",
                Name = $"{definition.Name} Drivers",
                Competitors = CompetitorKind.Driver,
                Classes = [definition.Id],
                FullSeasonEntriesOnly = fullSeasonEntriesOnly,
                Provenance = source,
            });
        }

        return tables.ToEquatableArray();
    }

    /// <summary>The identifier of a class's teams' table.</summary>
    public static TableId TeamsOf(string classId) => new($"{classId} Teams");

    /// <summary>
    /// AsLMS scoring: the modern scale, <paramref name="beyondScale"/> for classified cars beyond 10th, one point for class pole kept
    /// whatever the car does in the race, countback tie-breaks, and (unless told otherwise) the WEC-style half points.
    /// </summary>
    public static ScoringRules AsLmsScoring(Points beyondScale, Provenance provenance, DropRule? drops = null, Points? pole = null, bool halfPoints = true)
        => new()
        {
            Races =
            [
                new RaceScoring
                {
                    Scale = ModernScale,
                    BeyondScale = beyondScale,
                    Pole = pole ?? Points.One,
                    PoleCondition = PoleCondition.None,
                },
            ],
            SharedDrives = SharedDrivePolicy.FullPointsToEachDriver,
            ShortenedRaces = halfPoints ? [HalfPointsBelowThreeQuartersOfTime] : default,
            Drops = drops,
            TieBreaks = [TieBreak.Countback],
            Provenance = provenance,
        };

    /// <summary>The sentence every AsLMS scoring note ends with: what is assumed for pole and ties.</summary>
    public const string PoleAndTieBreakNote =
        " The pole point is kept when the car does not score race points (derived from 2023-24 totals, assumed for other seasons). "
        + "Ties: countback, most wins then most second places and so on (the usual FIA/ACO practice; assumed, regulations.md section 4).";

    public static CrewRequirement CrewSize(Provenance provenance) => new()
    {
        Id = "crew-size",
        Description = "Two or three drivers per car in each race.",
        Minimum = 2,
        Maximum = 3,
        Provenance = provenance,
    };

    public static CrewRequirement AmateurRequired(Provenance provenance) => new()
    {
        Id = "pro-am-amateur",
        Description = "Pro-am: at least one amateur (Silver or Bronze) driver in every crew.",
        Categories = [DriverCategory.Silver, DriverCategory.Bronze],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement ProfessionalRequired(Provenance provenance) => new()
    {
        Id = "pro-am-professional",
        Description = "Pro-am: at least one professional (Gold or Platinum) driver in every crew.",
        Categories = [DriverCategory.Gold, DriverCategory.Platinum],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement AsianDriver(Provenance provenance) => new()
    {
        Id = "asian-driver",
        Description = "At least one driver of Asian nationality in every crew.",
        Regions = [WorldRegion.Asia],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement AsianOrOceanianDriver(Provenance provenance) => new()
    {
        Id = "asian-or-oceanian-driver",
        Description = "At least one driver of Asian or Oceanian nationality in every crew.",
        Regions = [WorldRegion.Asia, WorldRegion.Oceania],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement SilverOrBronzeRequired(Provenance provenance, params string[] classes) => new()
    {
        Id = ScopedId("silver-or-bronze-required", classes),
        Description = $"{Join(classes)}: at least one Silver or Bronze driver in every crew.",
        Classes = ClassIds(classes),
        Categories = [DriverCategory.Silver, DriverCategory.Bronze],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement BronzeRequired(Provenance provenance, params string[] classes) => new()
    {
        Id = ScopedId("bronze-required", classes),
        Description = classes.Length == 0
            ? "At least one Bronze driver in every crew, in every class."
            : $"{Join(classes)}: at least one Bronze driver in every crew.",
        Classes = ClassIds(classes),
        Categories = [DriverCategory.Bronze],
        Minimum = 1,
        Provenance = provenance,
    };

    public static CrewRequirement AllAm(Provenance provenance, params string[] classes) => new()
    {
        Id = ScopedId("all-am", classes),
        Description = $"{Join(classes)}: all-amateur crews, no Gold or Platinum driver.",
        Classes = ClassIds(classes),
        Categories = [DriverCategory.Gold, DriverCategory.Platinum],
        Maximum = 0,
        Provenance = provenance,
    };

    public static CrewRequirement SilverLimit(Provenance provenance, params string[] classes) => new()
    {
        Id = ScopedId("silver-limit", classes),
        Description = $"{Join(classes)}: at most one Silver driver (mainly Bronze crews).",
        Classes = ClassIds(classes),
        Categories = [DriverCategory.Silver],
        Maximum = 1,
        Provenance = provenance,
    };

    /// <summary>
    /// An invitation for the team in a position of a class's teams' table. No AsLMS source says what happens when a team declines
    /// or already holds an entry (regulations.md section 6): the ACO's selection committee decides, so the rule set lets the
    /// invitation lapse rather than pass it down.
    /// </summary>
    public static InvitationRule Invitation(string carClass, int position, string leMansClass, Provenance provenance) => new()
    {
        Id = $"{Slug(carClass)}-{PositionWord(position)}",
        Table = TeamsOf(carClass),
        Position = position,
        LeMansClass = leMansClass,
        WhenDeclined = DeclinedInvitationPolicy.Lapses,
        Provenance = provenance,
    };

    public static InvitationFallback FallbackTo(string carClass, int position, string leMansClass)
        => new() { Table = TeamsOf(carClass), Position = position, LeMansClass = leMansClass };

    // A requirement for some classes only names them in its identifier ("bronze-required-lmp3"), so a season can hold the same
    // rule for different classes with different provenance.
    private static string ScopedId(string id, string[] classes) => classes.Length == 0 ? id : $"{id}-{Slug(string.Join(" ", classes))}";

    private static EquatableArray<ClassId> ClassIds(string[] classes) => classes.Select(c => new ClassId(c)).ToEquatableArray();

    private static string Join(string[] classes) => classes.Length == 0 ? "Every class" : string.Join(", ", classes);

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');

    private static string PositionWord(int position) => position switch
    {
        1 => "champion",
        2 => "runner-up",
        3 => "3rd",
        _ => $"{position}th",
    };
}

/// <summary>Class names at the 24 Hours of Le Mans, by era, for <see cref="InvitationRule.LeMansClass"/>.</summary>
internal static class LeMansClasses
{
    public const string Lmp1 = "LMP1";
    public const string Lmp2 = "LMP2";
    public const string Lmgt1 = "LMGT1";
    public const string Lmgt2 = "LMGT2";
    public const string LmgteAm = "LMGTE Am";
    public const string Lmgt3 = "LMGT3";
}

/// <summary>A race day of a calendar event: its date at the circuit and, when a source gives it, the local start time.</summary>
internal readonly record struct RaceDay(LocalDate Date, LocalTime? Start = null);

/// <summary>Builds a season's calendar event by event, numbering races in order (each race of a double-header is a round).</summary>
internal sealed class CalendarBuilder
{
    private readonly string label;
    private readonly List<RaceEvent> events = [];
    private int round;

    public CalendarBuilder(string label) => this.label = label;

    /// <summary>Adds an event with one race per day; a double-header's races are named "race 1" and "race 2".</summary>
    public CalendarBuilder Event(string name, Circuit circuit, Duration? duration, Provenance provenance, params RaceDay[] days)
        => Event(name, circuit, duration, scheduledLaps: null, category: null, provenance, days);

    public CalendarBuilder Event(string name, Circuit circuit, Duration? duration, int? scheduledLaps, string? category, Provenance provenance, params RaceDay[] days)
    {
        var races = new Race[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            round++;
            var day = days[i];
            races[i] = new Race
            {
                Id = $"R{round}",
                Round = round,
                Name = days.Length == 1 ? name : $"{name}, race {i + 1}",
                Date = day.Date,
                Start = day.Start is { } start ? day.Date.At(start).InZoneStrictly(circuit.TimeZone) : null,
                ScheduledDuration = duration,
                ScheduledLaps = scheduledLaps,
                Category = category,
            };
        }

        events.Add(new RaceEvent { Name = name, Circuit = circuit, Races = races.ToEquatableArray(), Provenance = provenance });
        return this;
    }

    /// <summary>The season: from the first race day to the last, unless a span is given (a calendar not yet announced).</summary>
    public Season Build(LocalDate? firstDay = null, LocalDate? lastDay = null)
    {
        var dates = events.SelectMany(e => e.Races).Select(r => r.Date).ToList();
        return new Season
        {
            Label = label,
            FirstDay = firstDay ?? dates.Min(),
            LastDay = lastDay ?? dates.Max(),
            Events = events.ToEquatableArray(),
        };
    }
}
