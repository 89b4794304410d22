package cn.jianfu.recurring;

/** Names shared between {@code bpmn/special-topic.bpmn} and the Java code. */
public final class SpecialTopicProcess {

    public static final String KEY = "special-topic";
    public static final String RESOURCE = "bpmn/special-topic.bpmn";

    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_ACCEPT = "Task_Accept";

    public static final String VAR_TOPIC_ID = "topicId";
    public static final String VAR_LEAD_GROUPS = "leadGroups";
    public static final String VAR_OFFICE_GROUPS = "officeGroups";
    public static final String VAR_DEADLINE = "topicDeadline";
    public static final String VAR_REMIND_AT = "topicRemindAt";
    public static final String VAR_ACCEPTANCE = "acceptance";

    /** Subject type of topics in the audit trail. */
    public static final String SUBJECT = "SPECIAL_TOPIC";

    private SpecialTopicProcess() {}
}
