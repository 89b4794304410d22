package cn.jianfu.clue;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The staff side of the clue chain: the office's workbench, the units' tasks, the clue page and statistics. */
@RestController
@RequestMapping("/api/clues")
class ClueController {

    private final ClueService clues;

    ClueController(ClueService clues) {
        this.clues = clues;
    }

    record Verification(VerificationOutcome outcome, String findings) {}

    record Plan(String plan, LocalDate deadline) {}

    record Report(String report) {}

    record Check(AcceptDecision decision, String comment) {}

    record Reply(String reply) {}

    record Typical(boolean typical, String summary) {}

    @GetMapping
    PageResult<ClueSummary> list(
            @RequestParam(defaultValue = "unit") String scope,
            @RequestParam(required = false) ClueStatus status,
            @RequestParam(required = false) ClueCategory category,
            @RequestParam(required = false) ClueSource source,
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean typical,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return clues.search(
                scope,
                status,
                category,
                source,
                keyword,
                from,
                to,
                typical,
                PageQuery.of(page, size),
                CurrentUser.get());
    }

    /** A clue the office took by phone, from the mailbox or found in an inspection. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    @ResponseStatus(HttpStatus.CREATED)
    ClueReceipt record(@Valid @RequestBody ClueForm form) {
        return clues.record(form, CurrentUser.get());
    }

    @GetMapping("/{id}")
    ClueDetail get(@PathVariable long id) {
        return clues.get(id, CurrentUser.get());
    }

    @GetMapping("/{id}/progress")
    Map<String, List<String>> progress(@PathVariable long id) {
        return clues.progress(id, CurrentUser.get());
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize("hasAnyRole('OFFICE', 'VERIFIER')")
    List<DuplicateSuggestion> duplicates(@PathVariable long id) {
        return clues.duplicates(id, CurrentUser.get());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return clues.addAttachment(id, file, CurrentUser.get());
    }

    @PostMapping("/{id}/typical")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail typical(@PathVariable long id, @RequestBody Typical body) {
        return clues.flagTypical(id, body.typical(), body.summary(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/triage")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail triage(@PathVariable String taskId, @RequestBody TriageForm body) {
        return clues.triage(taskId, body, CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/verify")
    ClueDetail verify(@PathVariable String taskId, @RequestBody Verification body) {
        return clues.verify(taskId, body.outcome(), body.findings(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/plan")
    ClueDetail plan(@PathVariable String taskId, @RequestBody Plan body) {
        return clues.plan(taskId, body.plan(), body.deadline(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/report")
    ClueDetail report(@PathVariable String taskId, @RequestBody Report body) {
        return clues.report(taskId, body.report(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/check")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail check(@PathVariable String taskId, @RequestBody Check body) {
        return clues.checkRectification(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/tasks/{taskId}/reply")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail reply(@PathVariable String taskId, @RequestBody Reply body) {
        return clues.reply(taskId, body.reply(), CurrentUser.get());
    }

    @GetMapping("/statistics")
    ClueStatistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return clues.statistics(from, to, CurrentUser.get());
    }

    /** The process model itself, for the diagram on the clue page. */
    @GetMapping(path = "/process-diagram", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> diagram() throws java.io.IOException {
        String xml = new ClassPathResource(ClueProcess.RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .body(xml);
    }
}
