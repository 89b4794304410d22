package cn.jianfu.search;

/** A negative-list practice a text speaks of, and the phrase as it stands in the text. */
public record NegativeMention(NegativePractice practice, String phrase) {}
