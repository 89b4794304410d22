package cn.jianfu.admission;

/** The social work department's decision on an application. */
public enum ReviewDecision {
    PASS,
    RETURN,
    REFUSE
}
