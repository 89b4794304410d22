package cn.jianfu.admission;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

@RestController
@RequestMapping("/api/admission")
class AdmissionController {

    private final AdmissionService admission;

    AdmissionController(AdmissionService admission) {
        this.admission = admission;
    }

    record Withdrawal(@Size(max = 2000, message = "撤回原因不能超过2000个字") String reason) {}

    record Review(ReviewDecision decision, String comment) {}

    record Approval(ApprovalDecision decision, String comment) {}

    @GetMapping("/applications")
    PageResult<ApplicationSummary> list(
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return admission.search(scope, status, keyword, PageQuery.of(page, size), CurrentUser.get());
    }

    @PostMapping("/applications")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationDetail create(
            @Valid @RequestBody ApplicationForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return admission.createDraft(form, idempotencyKey, CurrentUser.get());
    }

    @PutMapping("/applications/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail update(@PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return admission.update(id, form, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail submit(@PathVariable long id) {
        return admission.submit(id, CurrentUser.get());
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    ApplicationDetail withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Withdrawal body) {
        return admission.withdraw(id, body == null ? null : body.reason(), CurrentUser.get());
    }

    @GetMapping("/applications/{id}")
    ApplicationDetail get(@PathVariable long id) {
        return admission.get(id, CurrentUser.get());
    }

    @GetMapping("/applications/{id}/progress")
    Map<String, List<String>> progress(@PathVariable long id) {
        return admission.progress(id, CurrentUser.get());
    }

    @PostMapping(path = "/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.CREATED)
    Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return admission.addAttachment(id, file, CurrentUser.get());
    }

    @DeleteMapping("/applications/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        admission.removeAttachment(id, attachmentId, CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/review")
    @PreAuthorize("hasRole('REVIEWER')")
    ApplicationDetail review(@PathVariable String taskId, @RequestBody Review body) {
        return admission.review(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/approve")
    @PreAuthorize("hasRole('APPROVER')")
    ApplicationDetail approve(@PathVariable String taskId, @RequestBody Approval body) {
        return admission.approve(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    /** The process model itself, for the diagram on the application page. */
    @GetMapping(path = "/process-diagram", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> diagram() throws java.io.IOException {
        String xml = new ClassPathResource(AdmissionProcess.RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .body(xml);
    }
}
