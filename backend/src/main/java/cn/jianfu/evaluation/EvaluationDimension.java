package cn.jianfu.evaluation;

/** What a department is rated on: the default set the office chooses a round's dimensions from. */
public enum EvaluationDimension {
    TASKS("下派任务合理性"),
    DOCUMENTS_MEETINGS("文件会议精简"),
    INSPECTIONS("督查检查考核"),
    DATA_FORMS("数据报表索取"),
    SUPPORT("指导支持基层"),
    ATTITUDE("工作作风态度");

    private final String label;

    EvaluationDimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
