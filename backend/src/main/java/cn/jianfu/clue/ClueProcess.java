package cn.jianfu.clue;

/** Names shared between {@code bpmn/clue.bpmn} and the Java code. */
public final class ClueProcess {

    public static final String KEY = "clue";
    public static final String RESOURCE = "bpmn/clue.bpmn";

    public static final String TASK_TRIAGE = "Task_Triage";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_PLAN = "Task_Plan";
    public static final String TASK_REPORT = "Task_Report";
    public static final String TASK_ACCEPT = "Task_Accept";
    public static final String TASK_REPLY = "Task_Reply";
    /** The office's step after a unit returned its verification (退单). */
    public static final String TASK_REASSIGN = "Task_Reassign";

    public static final String EVENT_RATED = "Event_Rated";
    public static final String TIMER_RATING_EXPIRED = "Timer_RatingExpired";

    public static final String MESSAGE_RATED = "clueRated";
    /** Sent to the execution of one unit's verification when the unit returns the clue (退单). */
    public static final String MESSAGE_VERIFY_RETURNED = "clueVerifyReturned";

    public static final String VAR_CLUE_ID = "clueId";
    public static final String VAR_OFFICE_GROUPS = "officeGroups";
    public static final String VAR_TRIAGE_DECISION = "triageDecision";
    public static final String VAR_MERGE_INTO = "mergeIntoClueId";
    public static final String VAR_UNIT_KEYS = "unitKeys";
    public static final String VAR_VERIFY_GROUPS = "verifyGroups";
    public static final String VAR_RECTIFY_UNIT_KEYS = "rectifyUnitKeys";
    public static final String VAR_RECTIFY_GROUPS = "rectifyGroups";
    public static final String VAR_NEEDS_RECTIFICATION = "needsRectification";
    /** The multi-instance element: the id of the {@code clue_unit} row, as a string. */
    public static final String VAR_UNIT_KEY = "unitKey";

    public static final String VAR_RECTIFY_DEADLINE = "rectifyDeadline";
    public static final String VAR_ACCEPT_DECISION = "acceptDecision";
    public static final String VAR_REOPEN = "reopen";
    /** The office's answer to a return: {@link ReassignDecision}, local to the unit's verification. */
    public static final String VAR_REASSIGN_DECISION = "reassignDecision";

    public static final String VAR_LOOP_COUNTER = "loopCounter";
    public static final String VAR_RATING_PERIOD = "ratingPeriod";

    /** Subject type of clues in the audit trail and the attachment store. */
    public static final String SUBJECT = "CLUE";

    private ClueProcess() {}
}
