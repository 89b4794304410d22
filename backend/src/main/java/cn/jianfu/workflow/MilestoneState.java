package cn.jianfu.workflow;

/** Where one step of a case's step bar stands. */
public enum MilestoneState {
    DONE,
    CURRENT,
    WAITING,
    /** The case ended here, or was sent back from here (returned, refused, withdrawn, not accepted). */
    STOPPED
}
