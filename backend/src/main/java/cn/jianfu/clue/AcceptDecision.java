package cn.jianfu.clue;

/** The office's check of a unit's completion report. */
public enum AcceptDecision {
    ACCEPT,
    SEND_BACK
}
