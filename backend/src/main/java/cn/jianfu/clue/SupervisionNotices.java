package cn.jianfu.clue;

import cn.jianfu.notify.Notice;
import cn.jianfu.notify.NoticeBoard;
import cn.jianfu.notify.NoticeKind;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 督办: every user of the supervised unit finds the order in their inbox once, linking to the clue. */
@Component
class SupervisionNotices {

    private final NoticeBoard board;

    SupervisionNotices(NoticeBoard board) {
        this.board = board;
    }

    @EventListener
    void issued(SupervisionIssued event) {
        String id = String.valueOf(event.clueId());
        Notice notice = new Notice(
                NoticeKind.SUPERVISION_ISSUED,
                "supervision:" + event.supervisionId(),
                "CLUE",
                id,
                event.byName() + "督办：问题线索 " + event.clueNo() + "，请于" + event.dueDate() + "前反馈",
                "/clues/" + id,
                Map.of("clueNo", event.clueNo(), "dueDate", event.dueDate().toString(), "by", event.byName()));
        board.postToOrg(notice, event.orgId());
    }
}
