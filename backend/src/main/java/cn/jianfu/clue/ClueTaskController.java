package cn.jianfu.clue;

import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The steps of the clue chain: the office's triage and checks, the units' verification and rectification. */
@RestController
@RequestMapping("/api/clues/tasks")
class ClueTaskController {

    private final ClueTriage triage;
    private final UnitTasks units;
    private final OfficeTasks office;

    ClueTaskController(ClueTriage triage, UnitTasks units, OfficeTasks office) {
        this.triage = triage;
        this.units = units;
        this.office = office;
    }

    record Verification(VerificationOutcome outcome, String findings) {}

    record Plan(String plan, LocalDate deadline) {}

    record Report(String report) {}

    record Check(AcceptDecision decision, String comment) {}

    record Reply(String reply) {}

    @PostMapping("/{taskId}/triage")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail triage(@PathVariable String taskId, @RequestBody TriageForm body) {
        return triage.triage(taskId, body, CurrentUser.get());
    }

    @PostMapping("/{taskId}/verify")
    ClueDetail verify(@PathVariable String taskId, @RequestBody Verification body) {
        return units.verify(taskId, body.outcome(), body.findings(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/plan")
    ClueDetail plan(@PathVariable String taskId, @RequestBody Plan body) {
        return units.plan(taskId, body.plan(), body.deadline(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/report")
    ClueDetail report(@PathVariable String taskId, @RequestBody Report body) {
        return units.report(taskId, body.report(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/check")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail check(@PathVariable String taskId, @RequestBody Check body) {
        return office.checkRectification(taskId, body.decision(), body.comment(), CurrentUser.get());
    }

    @PostMapping("/{taskId}/reply")
    @PreAuthorize("hasRole('OFFICE')")
    ClueDetail reply(@PathVariable String taskId, @RequestBody Reply body) {
        return office.reply(taskId, body.reply(), CurrentUser.get());
    }
}
