package cn.jianfu.admission;

/** One observation of the automatic pre-check, shown to the reviewers. */
public record PreCheckFinding(String code, Level level, String message) {

    public enum Level {
        INFO,
        WARN
    }
}
