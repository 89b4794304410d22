package cn.jianfu.admission;

import java.util.Map;

/**
 * One observation of the automatic pre-check, shown to the reviewers. {@code message} is the
 * Chinese text kept for the record; the UI renders {@code code} with {@code params} in the reader's
 * language.
 */
public record PreCheckFinding(String code, Level level, String message, Map<String, String> params) {

    public PreCheckFinding {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    PreCheckFinding(String code, Level level, String message) {
        this(code, level, message, Map.of());
    }

    public enum Level {
        INFO,
        WARN
    }
}
