package cn.jianfu.clue;

import cn.jianfu.notify.Notice;
import cn.jianfu.notify.NoticeBoard;
import cn.jianfu.notify.NoticeKind;
import cn.jianfu.org.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 延期申请: the office hears of a request, the requester of the answer (in-app, once each). */
@Component
class ExtensionNotices {

    private final NoticeBoard board;

    ExtensionNotices(NoticeBoard board) {
        this.board = board;
    }

    void requested(ClueRow clue, long extensionId, String org, String step, LocalDate day, String byName) {
        board.postToGroups(
                new Notice(
                        NoticeKind.EXTENSION_REQUESTED,
                        "extension:" + extensionId,
                        ClueProcess.SUBJECT,
                        String.valueOf(clue.id),
                        clue.clueNo + " " + org + "申请“" + step + "”延期至" + day,
                        "/clues/" + clue.id,
                        Map.of("clueNo", clue.clueNo, "org", org, "by", byName)),
                List.of(Role.OFFICE.group()));
    }

    void decided(ClueRow clue, long extensionId, String requestedBy, String what) {
        board.postToUsername(
                new Notice(
                        NoticeKind.EXTENSION_DECIDED,
                        "extension-decided:" + extensionId,
                        ClueProcess.SUBJECT,
                        String.valueOf(clue.id),
                        clue.clueNo + " " + what,
                        "/clues/" + clue.id,
                        Map.of("clueNo", clue.clueNo)),
                requestedBy);
    }
}
