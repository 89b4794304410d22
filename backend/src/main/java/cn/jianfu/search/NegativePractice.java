package cn.jianfu.search;

import java.util.List;

/**
 * Practices on the negative list (负面清单) of what may be pushed down to villages, with the
 * phrases that betray them in a text. The one dictionary for screening applications and clues.
 */
public enum NegativePractice {
    CHECK_IN("打卡签到", "打卡", "签到", "考勤"),
    APP_OR_CHAT_GROUP("政务App、小程序、公众号或工作群", "app", "小程序", "公众号", "工作群", "微信群", "钉钉", "qq群", "企业微信", "政务号"),
    PHOTO_PROOF("拍照留痕", "拍照", "照片", "留痕", "截图", "影像资料"),
    SIGNBOARD("挂牌", "挂牌", "牌子", "标牌", "牌匾"),
    CERTIFICATE("出具证明、盖章", "证明", "盖章"),
    DATA_REPORTING("填报数据、报表台账", "填报", "报表", "台账", "统计上报", "数据上报"),
    PLEDGE("签订责任书、承诺书", "责任书", "承诺书", "签字");

    private final String label;
    private final List<String> phrases;

    NegativePractice(String label, String... phrases) {
        this.label = label;
        this.phrases = List.of(phrases);
    }

    /** What the practice is, in Chinese, for messages. */
    public String label() {
        return label;
    }

    /** Lower-case phrases (Latin letters half-width), as {@link NegativeListScreen} compares them. */
    public List<String> phrases() {
        return phrases;
    }
}
