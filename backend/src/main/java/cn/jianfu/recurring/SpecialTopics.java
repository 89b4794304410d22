package cn.jianfu.recurring;

import static cn.jianfu.recurring.SpecialTopicProcess.KEY;
import static cn.jianfu.recurring.SpecialTopicProcess.SUBJECT;
import static cn.jianfu.recurring.SpecialTopicProcess.TASK_ACCEPT;
import static cn.jianfu.recurring.SpecialTopicProcess.TASK_RECTIFY;
import static cn.jianfu.recurring.SpecialTopicProcess.VAR_TOPIC_ID;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.TaskActions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special rectification topics (专项治理): the office opens one on a recurring problem with a lead
 * unit and a deadline and links the clues that belong to it; the lead unit rectifies and reports,
 * the office accepts or sends it back — tracked like a rectification, with reminder and
 * escalation on the deadline ({@code bpmn/special-topic.bpmn}).
 */
@Service
class SpecialTopics {

    /** The reminder goes out this many days before the deadline. */
    static final int REMIND_DAYS_BEFORE = 3;

    private final RecurringMapper mapper;
    private final OrgService orgs;
    private final RuntimeService runtime;
    private final TaskActions actions;
    private final AuditTrail audit;

    SpecialTopics(
            RecurringMapper mapper, OrgService orgs, RuntimeService runtime, TaskActions actions, AuditTrail audit) {
        this.mapper = mapper;
        this.orgs = orgs;
        this.runtime = runtime;
        this.actions = actions;
        this.audit = audit;
    }

    @Transactional
    long open(TopicForm form, CurrentUser user) {
        requireOffice(user);
        Map<String, String> errors = new HashMap<>();
        String title = blankToNull(form.title());
        String description = blankToNull(form.description());
        if (title == null) {
            errors.put("title", "请填写名称");
        }
        if (description == null) {
            errors.put("description", "请填写问题与整治要求");
        }
        LocalDate today = Clock.now().toLocalDate();
        if (form.deadline() == null || form.deadline().isBefore(today)) {
            errors.put("deadline", "请选择今天或以后的期限");
        }
        OrgUnit lead = form.leadOrgId() == null
                ? null
                : orgs.byIds(List.of(form.leadOrgId())).get(form.leadOrgId());
        if (lead == null
                || !(lead.type() == OrgType.COUNTY_DEPT
                        || lead.type() == OrgType.TOWNSHIP
                        || lead.type() == OrgType.VILLAGE)) {
            errors.put("leadOrgId", "请选择县级部门、乡镇或村(社区)作为牵头单位");
        }
        Set<Long> clueIds = new LinkedHashSet<>(form.clueIds() == null ? List.of() : form.clueIds());
        if (!clueIds.isEmpty() && mapper.existingClues(clueIds).size() != clueIds.size()) {
            errors.put("clueIds", "有线索不存在");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LocalDateTime now = Clock.now();
        TopicRow row = new TopicRow();
        row.title = title;
        row.description = description;
        row.leadOrgId = lead.id();
        row.deadline = form.deadline();
        row.status = TopicStatus.RECTIFYING;
        row.createdBy = user.getUsername();
        row.createdAt = now;
        mapper.insertTopic(row);
        clueIds.forEach(c -> mapper.link(row.id, c, user.getUsername(), now));
        LocalDateTime due = form.deadline().atTime(17, 30);
        LocalDateTime remind = due.minusDays(REMIND_DAYS_BEFORE);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_TOPIC_ID, row.id);
        vars.put(SpecialTopicProcess.VAR_LEAD_GROUPS, CurrentUser.orgGroup(lead.code()));
        vars.put(SpecialTopicProcess.VAR_OFFICE_GROUPS, Role.OFFICE.group());
        vars.put(SpecialTopicProcess.VAR_DEADLINE, Clock.toDate(due));
        vars.put(SpecialTopicProcess.VAR_REMIND_AT, Clock.toDate(remind.isBefore(now) ? now : remind));
        String instance = runtime.startProcessInstanceByKey(KEY, String.valueOf(row.id), vars)
                .getId();
        mapper.setProcessInstance(row.id, instance);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.TOPIC_OPENED,
                user.getUsername(),
                user.displayName(),
                null,
                title + "（牵头：" + lead.name() + "，期限" + form.deadline() + "，纳入线索" + clueIds.size() + "条）");
        return row.id;
    }

    /** Links one more clue (a closed one too) to the topic; 409 when it is linked already. */
    @Transactional
    void link(long topicId, Long clueId, CurrentUser user) {
        requireOffice(user);
        mapper.lockTopic(topicId).orElseThrow(() -> ApiException.notFound("专项治理不存在"));
        if (clueId == null || mapper.existingClues(List.of(clueId)).isEmpty()) {
            throw ApiException.invalid(Map.of("clueId", "线索不存在"));
        }
        try {
            mapper.link(topicId, clueId, user.getUsername(), Clock.now());
        } catch (DuplicateKeyException already) {
            throw ApiException.conflict("该线索已纳入本专项治理");
        }
        audit.record(
                SUBJECT,
                topicId,
                AuditAction.TOPIC_CLUE_LINKED,
                user.getUsername(),
                user.displayName(),
                null,
                "线索 " + clueId);
    }

    /** The lead unit reports what it has done. */
    @Transactional
    long report(String taskId, TopicTextForm form, CurrentUser user) {
        String text = requireText(form.text(), "请填写整治情况");
        Task task = actions.requireStep(taskId, KEY, TASK_RECTIFY, "该任务不是整治报告任务", user);
        long id = topicOf(task);
        mapper.insertReport(id, "REPORT", text, user.getUsername(), user.displayName(), Clock.now());
        audit.record(SUBJECT, id, AuditAction.TOPIC_REPORTED, user.getUsername(), user.displayName(), null, text);
        actions.complete(task, user, Map.of());
        return id;
    }

    /** The office accepts (the topic ends) or sends it back with its reasons. */
    @Transactional
    long accept(String taskId, TopicTextForm form, CurrentUser user) {
        if (form.accept() == null) {
            throw ApiException.invalid(Map.of("accept", "请选择通过验收或退回"));
        }
        String text = form.accept() ? blankToNull(form.text()) : requireText(form.text(), "退回须说明理由");
        Task task = actions.requireStep(taskId, KEY, TASK_ACCEPT, "该任务不是验收任务", user);
        long id = topicOf(task);
        String kind = form.accept() ? "ACCEPTED" : "SENT_BACK";
        mapper.insertReport(
                id, kind, text == null ? "通过验收" : text, user.getUsername(), user.displayName(), Clock.now());
        audit.record(
                SUBJECT,
                id,
                form.accept() ? AuditAction.TOPIC_ACCEPTED : AuditAction.TOPIC_SENT_BACK,
                user.getUsername(),
                user.displayName(),
                kind,
                text);
        actions.complete(
                task, user, Map.of(SpecialTopicProcess.VAR_ACCEPTANCE, form.accept() ? "ACCEPT" : "SEND_BACK"));
        return id;
    }

    private long topicOf(Task task) {
        long id = ((Number) actions.variable(task, VAR_TOPIC_ID)).longValue();
        mapper.lockTopic(id).orElseThrow(() -> ApiException.notFound("专项治理不存在"));
        return id;
    }

    static void requireOffice(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw ApiException.forbidden("只有减负办可以立项或调整专项治理");
        }
    }

    private static String requireText(String text, String message) {
        String t = blankToNull(text);
        if (t == null) {
            throw ApiException.invalid(Map.of("text", message));
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
