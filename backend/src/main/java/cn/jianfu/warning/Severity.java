package cn.jianfu.warning;

/** How urgent a warning is: a heads-up, something to act on, or something already late. */
public enum Severity {
    NOTICE,
    WARNING,
    SERIOUS
}
