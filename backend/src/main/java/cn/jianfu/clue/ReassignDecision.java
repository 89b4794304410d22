package cn.jianfu.clue;

/** The office's answer when a unit returned a clue (退单). */
public enum ReassignDecision {
    /** 重新交办: another unit verifies in the returned unit's place. */
    REASSIGN,
    /** The units that remain carry on; the returned unit's verification ends. */
    CONTINUE
}
