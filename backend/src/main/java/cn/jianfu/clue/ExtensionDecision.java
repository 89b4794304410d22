package cn.jianfu.clue;

/** The office's answer to a request for more time. */
public enum ExtensionDecision {
    GRANT,
    REFUSE
}
