package cn.jianfu.workflow;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private final InboxService inbox;
    private final TaskActions actions;

    InboxController(InboxService inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
    }

    @GetMapping
    PageResult<InboxTask> open(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.open(CurrentUser.get(), PageQuery.of(page, size));
    }

    @GetMapping("/done")
    PageResult<DoneTask> done(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.done(CurrentUser.get(), PageQuery.of(page, size));
    }

    @GetMapping("/escalations")
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    PageResult<InboxTask> escalations(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.escalations(PageQuery.of(page, size));
    }

    @PostMapping("/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId) {
        actions.claim(taskId, CurrentUser.get());
    }
}
