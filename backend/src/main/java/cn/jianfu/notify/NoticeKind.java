package cn.jianfu.notify;

/** What a notification is about. */
public enum NoticeKind {
    TASK_ASSIGNED("新的待办"),
    TASK_REMINDER("待办即将到期"),
    TASK_ESCALATED("超期督办"),
    TASK_NUDGED("催办"),
    TASK_TRANSFERRED("转办给您的任务"),
    TASK_DELEGATED("委派给您的任务"),
    TASK_RESOLVED("被委派人已交回"),
    CASE_COPIED("抄送给您"),
    EXTENSION_REQUESTED("延期申请"),
    EXTENSION_DECIDED("延期申请有了结果"),
    APPLICATION_DECIDED("申请有了结果"),
    WARNING_RAISED("新的预警"),
    REVIEW_FEEDBACK("准入事项复评征求意见"),
    SUPERVISION_ISSUED("督办"),
    /** One message a day bundling a person's e-mail / gateway notices (never listed in the app). */
    DIGEST("每日摘要");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
