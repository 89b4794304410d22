package cn.jianfu.warning;

/** What the sweep looks for. Each rule raises a warning per subject and resolves it when the condition clears. */
public enum WarningRule {
    VILLAGE_OVER_CAPACITY("村(社区)负担超出承载力"),
    MULTI_LEAD("疑似多头指派"),
    SIMILAR_CLUES("相似线索涉及多个单位"),
    STEP_DUE_SOON("办理环节即将超期"),
    STEP_OVERDUE("办理环节已超期"),
    ITEM_EXPIRING("准入事项即将到期"),
    REVIEW_OVERRUN("复评未在有效期内完成"),
    REPEATED_SUBSTANTIATED("同一单位问题反复属实"),
    RECTIFICATION_SENT_BACK("整改两次以上未通过验收"),
    LOW_EVALUATION_SCORE("基层评价得分偏低");

    private final String label;

    WarningRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
