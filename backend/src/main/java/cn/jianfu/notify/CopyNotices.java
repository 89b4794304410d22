package cn.jianfu.notify;

import cn.jianfu.workflow.CaseCopied;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 抄送: the people a case was copied to, and everyone of the organisations, hear of it once. */
@Component
class CopyNotices {

    private final NoticeBoard board;

    CopyNotices(NoticeBoard board) {
        this.board = board;
    }

    @EventListener
    void copied(CaseCopied event) {
        boolean clue = "clue".equals(event.processKey());
        String id = String.valueOf(event.subjectId());
        Notice notice = new Notice(
                NoticeKind.CASE_COPIED,
                "copy:" + event.processKey() + ":" + id + ":" + event.at(),
                clue ? "CLUE" : "ADMISSION_APPLICATION",
                id,
                event.byName() + "抄送："
                        + (event.title() == null ? (clue ? "问题线索" : "准入申请") + " 第" + id + "号" : event.title()),
                (clue ? "/clues/" : "/applications/") + id,
                Map.of("process", event.processKey(), "businessKey", id, "by", event.byName()));
        board.post(notice, event.userIds());
        event.orgIds().forEach(org -> board.postToOrg(notice, org));
    }
}
