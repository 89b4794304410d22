package cn.jianfu.admission;

/** A co-signer's opinion on the review they were added to. */
public enum CoSignDecision {
    /** 同意: the review's pass stands as far as this co-signer is concerned. */
    AGREE,
    /** 不同意: the application goes back to the reviewer. */
    OBJECT
}
