package cn.jianfu.admission;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.ProcessDiagrams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An application's life on the applicant's side, and the application pages (decisions: {@link AdmissionTaskController}). */
@RestController
@RequestMapping("/api/admission")
class AdmissionController {

    private final ApplicationDrafts drafts;
    private final Submissions submissions;
    private final ApplicationAttachments attachments;
    private final AdmissionQueries queries;
    private final ProcessDiagrams diagrams;

    AdmissionController(
            ApplicationDrafts drafts,
            Submissions submissions,
            ApplicationAttachments attachments,
            AdmissionQueries queries,
            ProcessDiagrams diagrams) {
        this.drafts = drafts;
        this.submissions = submissions;
        this.attachments = attachments;
        this.queries = queries;
        this.diagrams = diagrams;
    }

    record Withdrawal(@Size(max = 2000, message = "撤回原因不能超过2000个字") String reason) {}

    @GetMapping("/applications")
    PageResult<ApplicationSummary> list(
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.search(scope, status, keyword, PageQuery.of(page, size), CurrentUser.get());
    }

    @PostMapping("/applications")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationDetail create(
            @Valid @RequestBody ApplicationForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return drafts.create(form, idempotencyKey, CurrentUser.get());
    }

    @PutMapping("/applications/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail update(@PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return drafts.update(id, form, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail submit(@PathVariable long id) {
        return submissions.submit(id, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Withdrawal body) {
        return submissions.withdraw(id, body == null ? null : body.reason(), CurrentUser.get());
    }

    @GetMapping("/applications/{id}")
    ApplicationDetail get(@PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @GetMapping("/applications/{id}/progress")
    Map<String, List<String>> progress(@PathVariable long id) {
        return queries.progress(id, CurrentUser.get());
    }

    @PostMapping(path = "/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return attachments.add(id, file, CurrentUser.get());
    }

    @DeleteMapping("/applications/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.remove(id, attachmentId, CurrentUser.get());
    }

    /** The process model; the same as {@code /api/processes/admission/diagram}, kept for the current UI. */
    @GetMapping(path = "/process-diagram", produces = ProcessDiagrams.XML)
    String diagram() {
        return diagrams.xml(AdmissionProcess.KEY);
    }
}
