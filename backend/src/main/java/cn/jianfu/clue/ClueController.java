package cn.jianfu.clue;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.ProcessDiagrams;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/**
 * The staff side of the clue chain: the lists, the clue page, clues the office records, files and
 * typical cases (the steps of the process are in {@link ClueTaskController}).
 */
@RestController
@RequestMapping("/api/clues")
class ClueController {

    private final ClueIntake intake;
    private final ClueTriage triage;
    private final TypicalCases typicalCases;
    private final ClueAttachments attachments;
    private final ClueQueries queries;
    private final ProcessDiagrams diagrams;

    ClueController(
            ClueIntake intake,
            ClueTriage triage,
            TypicalCases typicalCases,
            ClueAttachments attachments,
            ClueQueries queries,
            ProcessDiagrams diagrams) {
        this.intake = intake;
        this.triage = triage;
        this.typicalCases = typicalCases;
        this.attachments = attachments;
        this.queries = queries;
        this.diagrams = diagrams;
    }

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
        return queries.search(
                new ClueQueries.Filter(scope, status, category, source, keyword, from, to, typical),
                PageQuery.of(page, size),
                CurrentUser.get());
    }

    /** A clue the office took by phone, from the mailbox or found in an inspection. */
    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    @ResponseStatus(HttpStatus.CREATED)
    ClueReceipt record(@Valid @RequestBody ClueForm form) {
        return intake.record(form, CurrentUser.get());
    }

    @GetMapping("/{id}")
    ClueDetail get(@PathVariable long id) {
        return queries.get(id, CurrentUser.get());
    }

    @GetMapping("/{id}/progress")
    Map<String, List<String>> progress(@PathVariable long id) {
        return queries.progress(id, CurrentUser.get());
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize("hasAnyRole('OFFICE', 'VERIFIER')")
    List<DuplicateSuggestion> duplicates(@PathVariable long id) {
        return triage.duplicates(id, CurrentUser.get());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attachment upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return attachments.addByStaff(id, file, CurrentUser.get());
    }

    @PostMapping("/{id}/typical")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail typical(@PathVariable long id, @RequestBody Typical body) {
        return typicalCases.flag(id, body.typical(), body.summary(), CurrentUser.get());
    }

    /** The process model; the same as {@code /api/processes/clue/diagram}, kept for the current UI. */
    @GetMapping(path = "/process-diagram", produces = ProcessDiagrams.XML)
    String diagram() {
        return diagrams.xml(ClueProcess.KEY);
    }
}
