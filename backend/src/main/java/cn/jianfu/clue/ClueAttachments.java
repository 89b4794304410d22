package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.SUBJECT;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence and documents of a clue, from staff who may read it and from the reporter, while the
 * clue is being handled; all files of one clue together stay under {@code jianfu.clue.max-total-bytes}.
 */
@Service
class ClueAttachments {

    private final ClueAccess access;
    private final ClueMapper clues;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final long maxTotalBytes;

    ClueAttachments(
            ClueAccess access,
            ClueMapper clues,
            AttachmentService attachments,
            AuditTrail audit,
            @Value("${jianfu.clue.max-total-bytes:31457280}") long maxTotalBytes) {
        this.access = access;
        this.clues = clues;
        this.attachments = attachments;
        this.audit = audit;
        this.maxTotalBytes = maxTotalBytes;
    }

    @Transactional
    Attachment addByStaff(long id, MultipartFile file, CurrentUser user) {
        ClueRow row = access.readable(id, user);
        if (row.status.finished()) {
            throw ApiException.conflict("线索已" + row.status.label() + "，不能再上传附件");
        }
        checkTotal(row.id, file);
        Attachment a = attachments.add(SUBJECT, row.id, file, user.getUsername());
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.ATTACHMENT_ADDED,
                user.getUsername(),
                user.displayName(),
                null,
                a.fileName());
        return a;
    }

    /** A file from the reporter, who was authenticated by the portal with the query code. */
    @Transactional
    void addByReporter(long id, MultipartFile file) {
        ClueRow row = clues.lock(id);
        CluePortal.requireOpenForReporter(row);
        checkTotal(id, file);
        Attachment a = attachments.add(SUBJECT, id, file, ClueIntake.REPORTER);
        audit.record(SUBJECT, id, AuditAction.ATTACHMENT_ADDED, null, ClueIntake.REPORTER, null, a.fileName());
    }

    /** The files the reporter added: the only ones the reporter sees. */
    List<Attachment> fromReporter(long id) {
        return attachments.list(SUBJECT, id).stream()
                .filter(a -> ClueIntake.REPORTER.equals(a.uploadedBy()))
                .toList();
    }

    private void checkTotal(long id, MultipartFile file) {
        long used = attachments.list(SUBJECT, id).stream()
                .mapToLong(Attachment::size)
                .sum();
        if (file != null && used + file.getSize() > maxTotalBytes) {
            throw new ApiException(
                    HttpStatus.PAYLOAD_TOO_LARGE, "每条线索的附件合计不能超过" + (maxTotalBytes / 1024 / 1024) + "MB");
        }
    }
}
