namespace AsLMS.Scoring.Contention;

/// <summary>The answer to "can this competitor still finish in this position (or better)?".</summary>
public enum ContentionVerdict
{
    /// <summary>Certain: whatever happens in the remaining races (decided for the title only).</summary>
    Clinched,

    /// <summary>Possible: a scenario of the remaining races achieves it, and the standings calculator confirms the scenario.</summary>
    Possible,

    /// <summary>Impossible: no outcome of the remaining races achieves it, under the analysis's assumptions.</summary>
    Eliminated,

    /// <summary>Not decided: the exact search ran out of its node budget, or the table could not be analysed.</summary>
    Undecided,
}

/// <summary>How a verdict was reached.</summary>
public enum ContentionMethod
{
    /// <summary>No race remains: the standings are final.</summary>
    FinalStandings,

    /// <summary>
    /// Decided by bounds alone: the competitor's best total cannot reach a rival's total, or in the competitor's best outcome no rival
    /// can be a threat wherever it finishes (the scenario is still built and confirmed).
    /// </summary>
    PointsBound,

    /// <summary>Decided by comparing the competitor with each rival on its own (exact for the title's clinching questions).</summary>
    Pairwise,

    /// <summary>Decided by the exhaustive search over the remaining races' finishing orders, poles and fastest laps, with pruning.</summary>
    Search,

    /// <summary>The table was not analysed (an entrants' table, or rules the analysis does not cover); see the note.</summary>
    NotAnalysed,
}
