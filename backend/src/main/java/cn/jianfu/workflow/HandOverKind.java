package cn.jianfu.workflow;

/** How a task changed hands. */
public enum HandOverKind {
    /** 转办: the receiver now holds it. */
    TRANSFERRED,
    /** 委派: the receiver works on it for its owner. */
    DELEGATED,
    /** 交回: the delegate handed it back to its owner. */
    RESOLVED
}
