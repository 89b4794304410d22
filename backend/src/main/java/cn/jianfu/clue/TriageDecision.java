package cn.jianfu.clue;

/** The office's quick assignment (快速分办) of a new clue. */
public enum TriageDecision {
    NOT_ACCEPTED,
    MERGE,
    ASSIGN
}
