package cn.jianfu.clue;

/** An open clue that reads like the one being triaged. */
public record DuplicateSuggestion(
        long id, String clueNo, ClueCategory category, ClueStatus status, String excerpt, double similarity) {}
