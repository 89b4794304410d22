package cn.jianfu.admission;

/** The county Party committee and government's decision on a reviewed application. */
public enum ApprovalDecision {
    APPROVE,
    REFUSE,
    RETURN
}
