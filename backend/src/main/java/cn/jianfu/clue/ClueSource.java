package cn.jianfu.clue;

/** How a clue reached the office. */
public enum ClueSource {
    PORTAL("线索征集专区", true),
    VILLAGE_REFUSAL("村(社区)拒绝未准入事项", true),
    HOTLINE("热线电话", false),
    MAILBOX("意见信箱", false),
    INSPECTION("督查检查发现", false);

    private final String label;
    private final boolean publicChannel;

    ClueSource(String label, boolean publicChannel) {
        this.label = label;
        this.publicChannel = publicChannel;
    }

    public String label() {
        return label;
    }

    /** Submitted by the reporter through the public portal, rather than recorded by office staff. */
    public boolean publicChannel() {
        return publicChannel;
    }
}
