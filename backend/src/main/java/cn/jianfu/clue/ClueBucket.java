package cn.jianfu.clue;

/**
 * The clues behind one figure of the supervision dashboard, for its drill-down into the clue list.
 * Unit-level buckets look at the assignment (clue_unit) of the unit the list is narrowed to (or of
 * any unit in the list's scope); clue-level buckets at the clue. The conditions are the dashboard's
 * (see {@code MonitorMapper.xml}, fragment {@code unitFigures}); a test keeps the two in step.
 */
public enum ClueBucket {
    /** Every assignment (交办). */
    ASSIGNED(true),
    /** Assignments the unit responded to (first act: claim, verification, 退单) or whose time limit has passed (响应率 denominator). */
    RESPONSE_DUE(true),
    /** Assignments first responded to within the verification time limit (响应率 numerator). */
    RESPONDED_ON_TIME(true),
    /** Assignments found (partly) substantiated (解决率 denominator). */
    SUBSTANTIATED(true),
    /** Substantiated assignments whose rectification was accepted (解决率 numerator). */
    RESOLVED(true),
    /** Assignments whose handling ended: not substantiated, or rectified and accepted (按期率 denominator). */
    FINISHED(true),
    /** Finished assignments verified in time and, when rectified, reported by the unit's own deadline. */
    ON_TIME(true),
    /** Clues accepted for handling: not awaiting triage, not refused, not merged (办结率 denominator). */
    ACCEPTED(false),
    /** Closed clues (办结). */
    CLOSED(false),
    /** Closed clues rated, on the portal or on a call-back (满意率 denominator). */
    RATED(false),
    /** Closed clues rated satisfied (满意率 numerator). */
    SATISFIED(false);

    private final boolean unitLevel;

    ClueBucket(boolean unitLevel) {
        this.unitLevel = unitLevel;
    }

    public boolean unitLevel() {
        return unitLevel;
    }
}
