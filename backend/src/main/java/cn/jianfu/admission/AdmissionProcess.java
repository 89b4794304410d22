package cn.jianfu.admission;

/** Names shared between {@code bpmn/admission.bpmn} and the Java code. */
public final class AdmissionProcess {

    public static final String KEY = "admission";
    public static final String RESOURCE = "bpmn/admission.bpmn";

    public static final String TASK_REVIEW = "Task_Review";
    public static final String TASK_APPROVE = "Task_Approve";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_PRECHECK = "Task_PreCheck";
    /** 加签: one step per co-signer the reviewer added (multi-instance), after the reviewer passes. */
    public static final String TASK_CO_SIGN = "Task_CoSignReview";

    public static final String MESSAGE_WITHDRAWN = "admissionWithdrawn";
    /** The reviewer takes back their pass while the approval is unclaimed (撤回). */
    public static final String MESSAGE_REVIEW_RECALLED = "admissionReviewRecalled";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_APPLICANT = "applicantUsername";
    public static final String VAR_REVIEW_GROUPS = "reviewGroups";
    public static final String VAR_APPROVE_GROUPS = "approveGroups";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";
    /** How many co-signers must agree before a passed review goes to approval (0: none). */
    public static final String VAR_CO_SIGNER_COUNT = "coSignerCount";
    /** The review task the co-signers of this round were added to. */
    public static final String VAR_CO_SIGN_ROUND = "coSignRound";
    /** Set when a co-signer objects: the co-signing ends and the review starts over. */
    public static final String VAR_CO_SIGN_OBJECTED = "coSignObjected";

    /** Subject type of applications in the audit trail and the attachment store. */
    public static final String SUBJECT = "ADMISSION_APPLICATION";

    private AdmissionProcess() {}
}
