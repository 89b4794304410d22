package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import cn.jianfu.common.TextLimits;
import java.util.Map;

/**
 * How the clue chain reads the texts people type: trimmed, bounded, required where the step needs
 * it. The limits are those of the columns, from {@link TextLimits}; a comment kept only in the
 * audit trail leaves room there for the words in front of it.
 */
final class ClueText {

    /** Findings, plan, report, reply, the reporter's addition: 4000-character columns of their own. */
    static final int MAX_TEXT = TextLimits.CLUE_TEXT;
    /** The triage reason (not_accepted_reason, or an audit line after the units' names) and the check comment. */
    static final int MAX_COMMENT = TextLimits.CLUE_COMMENT;
    /** The reporter's rating comment (rating_comment). */
    static final int MAX_RATING_COMMENT = TextLimits.RATING_COMMENT;
    /** A typical case's summary (typical_summary). */
    static final int MAX_SUMMARY = TextLimits.TYPICAL_SUMMARY;

    static final int EXCERPT = 80;

    private ClueText() {}

    /** The trimmed text; refused when {@code required} and empty, or when longer than {@link #MAX_TEXT}. */
    static String text(String value, String field, String message, boolean required) {
        return text(value, field, message, required, MAX_TEXT);
    }

    /** The trimmed text; refused when {@code required} and empty, or when longer than {@code max}. */
    static String text(String value, String field, String message, boolean required, int max) {
        String t = trim(value);
        if (required && t == null) {
            throw ApiException.invalid(Map.of(field, message));
        }
        if (TextLimits.exceeds(t, max)) {
            throw ApiException.invalid(Map.of(field, "内容不能超过" + max + "个字"));
        }
        return t;
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** An optional comment appended to an audit line: {@code "。comment"}, or nothing. */
    static String optional(String comment) {
        String t = trim(comment);
        return t == null ? "" : "。" + t;
    }

    /** The first 80 characters; counted by code point, so that a character outside the BMP is never cut in half. */
    static String excerpt(String description) {
        if (description == null || description.codePointCount(0, description.length()) <= EXCERPT) {
            return description;
        }
        return description.substring(0, description.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
