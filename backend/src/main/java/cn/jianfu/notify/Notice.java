package cn.jianfu.notify;

import java.util.Map;

/**
 * Something that happened that people should hear of.
 *
 * @param eventKey names the event once and for all: posting it again (a retry, another node, a
 *     second listener) never notifies the same person twice
 * @param link the page in the app that shows it, e.g. {@code /applications/12}
 */
public record Notice(
        NoticeKind kind,
        String eventKey,
        String subjectType,
        String subjectKey,
        String title,
        String link,
        Map<String, String> params) {}
