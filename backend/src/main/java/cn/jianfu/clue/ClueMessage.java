package cn.jianfu.clue;

import java.time.LocalDateTime;

/** What the reporter added ({@code SUPPLEMENT}) or what the office answered them ({@code REPLY}). */
public record ClueMessage(Long id, Kind kind, String content, LocalDateTime at) {

    public enum Kind {
        SUPPLEMENT,
        REPLY
    }
}
