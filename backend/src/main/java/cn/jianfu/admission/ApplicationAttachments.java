package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.SUBJECT;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The applicant's supporting documents, added and removed while the application can be edited. */
@Service
class ApplicationAttachments {

    private final ApplicationAccess access;
    private final AttachmentService attachments;
    private final AuditTrail audit;

    ApplicationAttachments(ApplicationAccess access, AttachmentService attachments, AuditTrail audit) {
        this.access = access;
        this.attachments = attachments;
        this.audit = audit;
    }

    @Transactional
    Attachment add(long id, MultipartFile file, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能再上传附件");
        }
        Attachment a = attachments.add(SUBJECT, id, file, user.getUsername());
        audit.record(
                SUBJECT, id, AuditAction.ATTACHMENT_ADDED, user.getUsername(), user.displayName(), null, a.fileName());
        return a;
    }

    @Transactional
    void remove(long id, long attachmentId, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能删除附件");
        }
        attachments.remove(SUBJECT, id, attachmentId);
        audit.record(
                SUBJECT,
                id,
                AuditAction.ATTACHMENT_REMOVED,
                user.getUsername(),
                user.displayName(),
                null,
                String.valueOf(attachmentId));
    }
}
