package cn.jianfu.listreview;

/** Names shared between {@code bpmn/list-review.bpmn} and the Java code. */
public final class ListReviewProcess {

    public static final String KEY = "list-review";
    public static final String RESOURCE = "bpmn/list-review.bpmn";

    public static final String TASK_COLLECT_FEEDBACK = "Task_CollectFeedback";
    public static final String TASK_PROPOSE = "Task_Propose";
    public static final String TASK_REVIEW = "Task_ReviewProposal";
    public static final String TASK_APPROVE = "Task_ApproveProposal";

    public static final String MESSAGE_FEEDBACK_CLOSED = "listReviewFeedbackClosed";

    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_PROPOSE_GROUPS = "proposeGroups";
    public static final String VAR_REVIEW_GROUPS = "reviewGroups";
    public static final String VAR_APPROVE_GROUPS = "approveGroups";
    public static final String VAR_FEEDBACK_CLOSES_AT = "feedbackClosesAt";
    public static final String VAR_FEEDBACK_REMIND_AT = "feedbackRemindAt";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    public static final String VAR_PROPOSAL = "proposal";

    /** Subject type of reviews in the audit trail. */
    public static final String SUBJECT = "LIST_REVIEW";

    private ListReviewProcess() {}
}
