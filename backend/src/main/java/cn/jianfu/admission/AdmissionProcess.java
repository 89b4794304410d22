package cn.jianfu.admission;

/** Names shared between {@code bpmn/admission.bpmn} and the Java code. */
public final class AdmissionProcess {

    public static final String KEY = "admission";
    public static final String RESOURCE = "bpmn/admission.bpmn";

    public static final String TASK_REVIEW = "Task_Review";
    public static final String TASK_APPROVE = "Task_Approve";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_PRECHECK = "Task_PreCheck";

    public static final String MESSAGE_WITHDRAWN = "admissionWithdrawn";

    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_APPLICANT = "applicantUsername";
    public static final String VAR_REVIEW_GROUPS = "reviewGroups";
    public static final String VAR_APPROVE_GROUPS = "approveGroups";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_APPROVAL_DECISION = "approvalDecision";

    /** Subject type of applications in the audit trail and the attachment store. */
    public static final String SUBJECT = "ADMISSION_APPLICATION";

    private AdmissionProcess() {}
}
