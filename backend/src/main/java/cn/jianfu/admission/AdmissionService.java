package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.*;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.InboxService;
import cn.jianfu.workflow.ProcessProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admission chain: drafts, submission, the reviewers' and approvers' decisions, withdrawal,
 * and the steps the process engine asks for (pre-check, status changes, admission, refusal).
 * Every method that changes state runs in one transaction with the engine, so a domain write and
 * its process step commit or roll back together.
 */
@Service
public class AdmissionService {

    static final String COOPERATING = "COOPERATING";
    static final String TOWNSHIP = "TOWNSHIP";
    static final int MAX_COMMENT = 2000;

    private final ApplicationMapper applications;
    private final AdmissionListService list;
    private final PreCheck preCheck;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final AttachmentService attachments;
    private final InboxService inbox;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessProgress progress;

    AdmissionService(
            ApplicationMapper applications,
            AdmissionListService list,
            PreCheck preCheck,
            OrgService orgs,
            AuditTrail audit,
            AttachmentService attachments,
            InboxService inbox,
            RuntimeService runtime,
            TaskService tasks,
            ProcessProgress progress) {
        this.applications = applications;
        this.list = list;
        this.preCheck = preCheck;
        this.orgs = orgs;
        this.audit = audit;
        this.attachments = attachments;
        this.inbox = inbox;
        this.runtime = runtime;
        this.tasks = tasks;
        this.progress = progress;
    }

    // ---- the applicant -------------------------------------------------------------------------

    /**
     * Creates a draft. A retry carrying the same {@code idempotencyKey} returns the draft the first
     * request created instead of a second one.
     */
    @Transactional
    public ApplicationDetail createDraft(ApplicationForm form, String idempotencyKey, CurrentUser user) {
        requireApplicant(user);
        String token =
                idempotencyKey == null || idempotencyKey.isBlank() ? null : user.id() + ":" + idempotencyKey.strip();
        if (token != null && token.length() > 64) {
            throw ApiException.badRequest("Idempotency-Key 过长");
        }
        if (token != null) {
            var existing = applications.findByClientToken(token);
            if (existing.isPresent()) {
                return detail(existing.get(), user);
            }
        }
        checkDraft(form);
        ApplicationRow row = new ApplicationRow();
        row.apply(form);
        if (row.leadOrgId == null) {
            row.leadOrgId = user.orgId();
        }
        row.clientToken = token;
        row.status = ApplicationStatus.DRAFT;
        row.applicantUserId = user.id();
        row.applicantOrgId = user.orgId();
        row.createdAt = Clock.now();
        row.updatedAt = row.createdAt;
        try {
            applications.insert(row);
        } catch (DuplicateKeyException e) {
            // the same key raced in from a double click: answer with the draft the other request made
            return detail(applications.findByClientToken(token).orElseThrow(() -> e), user);
        }
        saveOrgs(row.id, form);
        audit.record(SUBJECT, row.id, AuditAction.CREATED, user.getUsername(), user.displayName(), null, null);
        return detail(load(row.id), user);
    }

    @Transactional
    public ApplicationDetail update(long id, ApplicationForm form, CurrentUser user) {
        ApplicationRow row = lockOwn(id, user);
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能修改");
        }
        checkDraft(form);
        row.apply(form);
        if (row.leadOrgId == null) {
            row.leadOrgId = user.orgId();
        }
        row.updatedAt = Clock.now();
        applications.updateForm(row);
        saveOrgs(id, form);
        audit.record(SUBJECT, id, AuditAction.UPDATED, user.getUsername(), user.displayName(), null, null);
        return detail(load(id), user);
    }

    /** Submits a draft into the process, or a returned application back into review. */
    @Transactional
    public ApplicationDetail submit(long id, CurrentUser user) {
        ApplicationRow row = lockOwn(id, user);
        ApplicationForm form = row.toForm(orgIds(id, COOPERATING), orgIds(id, TOWNSHIP));
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能重复提交");
        }
        Map<String, String> errors = SubmissionRules.check(form);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (row.status == ApplicationStatus.DRAFT) {
            row.submittedAt = Clock.now();
            row.updatedAt = row.submittedAt;
            row.status = ApplicationStatus.IN_REVIEW;
            applications.markSubmitted(row);
            audit.record(SUBJECT, id, AuditAction.SUBMITTED, user.getUsername(), user.displayName(), null, null);
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_APPLICATION_ID, id);
            vars.put(VAR_APPLICANT, row.applicantUsername);
            vars.put(VAR_REVIEW_GROUPS, Role.REVIEWER.group());
            vars.put(VAR_APPROVE_GROUPS, Role.APPROVER.group());
            row.processInstanceId = runtime.startProcessInstanceByKey(KEY, String.valueOf(id), vars)
                    .getId();
            applications.markSubmitted(row);
        } else {
            Task revise = openTask(id, TASK_REVISE);
            if (revise == null) {
                throw ApiException.conflict("申请当前不在修改环节");
            }
            audit.record(SUBJECT, id, AuditAction.RESUBMITTED, user.getUsername(), user.displayName(), null, null);
            tasks.complete(revise.getId());
        }
        return detail(load(id), user);
    }

    /** Withdraws an application as long as no reviewer has started on it. */
    @Transactional
    public ApplicationDetail withdraw(long id, String reason, CurrentUser user) {
        ApplicationRow row = lockOwn(id, user);
        String why = comment(reason, false);
        if (!canWithdraw(row)) {
            throw ApiException.conflict(
                    row.status == ApplicationStatus.IN_REVIEW ? "审核人已开始审核，不能撤回" : "申请已" + row.status.label() + "，不能撤回");
        }
        audit.record(SUBJECT, id, AuditAction.WITHDRAWN, user.getUsername(), user.displayName(), null, why);
        runtime.createMessageCorrelation(MESSAGE_WITHDRAWN)
                .processInstanceId(row.processInstanceId)
                .correlate();
        return detail(load(id), user);
    }

    @Transactional
    public Attachment addAttachment(long id, MultipartFile file, CurrentUser user) {
        ApplicationRow row = lockOwn(id, user);
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能再上传附件");
        }
        Attachment a = attachments.add(SUBJECT, id, file, user.getUsername());
        audit.record(
                SUBJECT, id, AuditAction.ATTACHMENT_ADDED, user.getUsername(), user.displayName(), null, a.fileName());
        return a;
    }

    @Transactional
    public void removeAttachment(long id, long attachmentId, CurrentUser user) {
        ApplicationRow row = lockOwn(id, user);
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

    // ---- reviewers and approvers --------------------------------------------------------------

    @Transactional
    public ApplicationDetail review(String taskId, ReviewDecision decision, String comment, CurrentUser user) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择审核意见"));
        }
        return decide(
                taskId,
                TASK_REVIEW,
                AuditAction.REVIEWED,
                VAR_REVIEW_DECISION,
                decision.name(),
                comment(comment, decision != ReviewDecision.PASS),
                user);
    }

    @Transactional
    public ApplicationDetail approve(String taskId, ApprovalDecision decision, String comment, CurrentUser user) {
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择审批意见"));
        }
        return decide(
                taskId,
                TASK_APPROVE,
                AuditAction.APPROVED,
                VAR_APPROVAL_DECISION,
                decision.name(),
                comment(comment, decision != ApprovalDecision.APPROVE),
                user);
    }

    /** Records the decision, then completes the step with it; the BPMN gateway routes on the variable. */
    private ApplicationDetail decide(
            String taskId,
            String taskKey,
            AuditAction action,
            String variable,
            String decision,
            String comment,
            CurrentUser user) {
        Task task = decisionTask(taskId, taskKey, user);
        long id = applicationIdOf(task);
        applications.lockById(id).orElseThrow(() -> ApiException.notFound("申请不存在"));
        audit.record(SUBJECT, id, action, user.getUsername(), user.displayName(), decision, comment);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.getUsername());
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(variable, decision);
        vars.put(VAR_DECIDED_BY, user.displayName());
        vars.put(VAR_DECISION_COMMENT, comment);
        tasks.complete(task.getId(), vars);
        return detail(load(id), user);
    }

    private Task decisionTask(String taskId, String expectedKey, CurrentUser user) {
        Task task = inbox.requireActionable(taskId, user);
        if (!expectedKey.equals(task.getTaskDefinitionKey())) {
            throw ApiException.conflict("该任务不是" + (TASK_REVIEW.equals(expectedKey) ? "审核" : "审批") + "任务");
        }
        return task;
    }

    // ---- steps the process engine asks for ----------------------------------------------------

    /** Runs the pre-check and keeps its findings for the reviewers (replacing an earlier run's). */
    public void runPreCheck(long id) {
        ApplicationRow row = load(id);
        PreCheck.Result result = preCheck.run(row, orgIds(id, TOWNSHIP));
        applications.deleteFindings(id);
        result.findings().forEach(f -> applications.insertFinding(id, f));
        row.precheckVillageCount = result.villageCount();
        row.precheckTotalHours = result.totalHours();
        row.precheckedAt = Clock.now();
        applications.updatePreCheck(row);
        long warnings = result.findings().stream()
                .filter(f -> f.level() == PreCheckFinding.Level.WARN)
                .count();
        audit.recordSystem(SUBJECT, id, AuditAction.PRECHECKED, warnings == 0 ? "未发现问题" : "发现 " + warnings + " 项需关注");
    }

    /** The process reached a user task: the application's status follows it. */
    public void enteredStep(long id, String taskKey) {
        ApplicationStatus status =
                switch (taskKey) {
                    case TASK_REVIEW -> ApplicationStatus.IN_REVIEW;
                    case TASK_APPROVE -> ApplicationStatus.IN_APPROVAL;
                    case TASK_REVISE -> ApplicationStatus.RETURNED;
                    default -> throw new IllegalArgumentException("unknown admission step " + taskKey);
                };
        applications.updateStatus(id, status, Clock.now());
    }

    public void admit(long id) {
        ApplicationRow row = load(id);
        String cooperating = orgs.byIds(orgIds(id, COOPERATING)).values().stream()
                .map(OrgUnit::name)
                .sorted()
                .collect(Collectors.joining("、"));
        AdmissionItem item = list.admit(row, cooperating.isEmpty() ? null : cooperating);
        finish(row, ApplicationStatus.ADMITTED, null);
        audit.recordSystem(SUBJECT, id, AuditAction.ADMITTED, "清单编号 " + item.listNo() + "，有效期至 " + item.expiryDate());
    }

    public void refuse(long id, String reason) {
        ApplicationRow row = load(id);
        finish(row, ApplicationStatus.REFUSED, reason);
        audit.recordSystem(SUBJECT, id, AuditAction.REFUSED, reason);
    }

    public void markWithdrawn(long id) {
        finish(load(id), ApplicationStatus.WITHDRAWN, null);
    }

    private void finish(ApplicationRow row, ApplicationStatus status, String reason) {
        row.status = status;
        row.refusalReason = reason;
        row.decidedAt = Clock.now();
        row.updatedAt = row.decidedAt;
        applications.markDecided(row);
    }

    // ---- reading ------------------------------------------------------------------------------

    public ApplicationDetail get(long id, CurrentUser user) {
        return detail(readable(id, user), user);
    }

    public PageResult<ApplicationSummary> search(
            String scope, ApplicationStatus status, String keyword, PageQuery page, CurrentUser user) {
        ApplicationSearch search;
        if ("all".equals(scope)) {
            if (!user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE, Role.ADMIN)) {
                throw ApiException.forbidden("没有权限查看全部申请");
            }
            search = new ApplicationSearch(null, status, keyword);
        } else {
            search = new ApplicationSearch(user.orgId(), status, keyword);
        }
        List<ApplicationRow> rows = applications.search(search, page.offset(), page.size());
        Set<Long> orgIds = new HashSet<>();
        rows.forEach(r -> {
            orgIds.add(r.applicantOrgId);
            if (r.leadOrgId != null) {
                orgIds.add(r.leadOrgId);
            }
        });
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<String, String> steps = currentSteps(rows);
        return page.result(
                rows.stream()
                        .map(r -> new ApplicationSummary(
                                r.id,
                                r.itemName,
                                r.category,
                                r.leadOrgId,
                                name(names, r.leadOrgId),
                                r.applicantName,
                                name(names, r.applicantOrgId),
                                r.status,
                                steps.get(String.valueOf(r.id)),
                                r.submittedAt,
                                r.updatedAt))
                        .toList(),
                applications.count(search));
    }

    /** Activity ids for the diagram: where the application stands and where it has been. */
    public Map<String, List<String>> progress(long id, CurrentUser user) {
        return progress.of(readable(id, user).processInstanceId);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The applicant's department always; reviewers, approvers, the office and admins once it is submitted. */
    static boolean canRead(ApplicationRow r, CurrentUser user) {
        if (Objects.equals(r.applicantOrgId, user.orgId())) {
            return true;
        }
        return r.status != ApplicationStatus.DRAFT
                && user.hasAny(Role.REVIEWER, Role.APPROVER, Role.OFFICE, Role.ADMIN);
    }

    private ApplicationRow readable(long id, CurrentUser user) {
        return applications
                .findById(id)
                .filter(r -> canRead(r, user))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    /** The application, locked, if {@code user} is an applicant of the department that owns it. */
    private ApplicationRow lockOwn(long id, CurrentUser user) {
        requireApplicant(user);
        return applications
                .lockById(id)
                .filter(r -> Objects.equals(r.applicantOrgId, user.orgId()))
                .orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    private static void requireApplicant(CurrentUser user) {
        if (!user.has(Role.APPLICANT)) {
            throw ApiException.forbidden("只有部门经办人可以办理申请");
        }
    }

    private ApplicationRow load(long id) {
        return applications.findById(id).orElseThrow(() -> ApiException.notFound("申请不存在"));
    }

    private void checkDraft(ApplicationForm form) {
        Map<String, String> errors = new HashMap<>();
        if (SubmissionRules.blank(form.itemName())) {
            errors.put("itemName", "请填写事项名称");
        }
        Set<Long> referenced = new HashSet<>(form.cooperatingOrgIds());
        referenced.addAll(form.targetTownshipIds());
        if (form.leadOrgId() != null) {
            referenced.add(form.leadOrgId());
        }
        Map<Long, OrgUnit> found = orgs.byIds(referenced);
        if (form.leadOrgId() != null && !found.containsKey(form.leadOrgId())) {
            errors.put("leadOrgId", "牵头部门不存在");
        }
        if (!form.cooperatingOrgIds().stream().allMatch(found::containsKey)) {
            errors.put("cooperatingOrgIds", "配合部门不存在");
        }
        if (!form.targetTownshipIds().stream()
                .allMatch(i -> found.containsKey(i) && found.get(i).type() == OrgType.TOWNSHIP)) {
            errors.put("targetTownshipIds", "指定的乡镇不存在");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void saveOrgs(long id, ApplicationForm form) {
        applications.deleteOrgs(id);
        form.cooperatingOrgIds().forEach(o -> applications.insertOrg(id, o, COOPERATING));
        if (form.targetScope() == TargetScope.SELECTED) {
            form.targetTownshipIds().forEach(o -> applications.insertOrg(id, o, TOWNSHIP));
        }
    }

    private List<Long> orgIds(long id, String relation) {
        return applications.findOrgIds(id, relation);
    }

    private static String comment(String comment, boolean required) {
        String c = comment == null ? null : comment.strip();
        if (required && (c == null || c.isEmpty())) {
            throw ApiException.invalid(Map.of("comment", "请填写意见或理由"));
        }
        if (c != null && c.length() > MAX_COMMENT) {
            throw ApiException.invalid(Map.of("comment", "意见不能超过" + MAX_COMMENT + "个字"));
        }
        return c == null || c.isEmpty() ? null : c;
    }

    private boolean canWithdraw(ApplicationRow row) {
        return canWithdraw(row, openTask(row.id, TASK_REVIEW), audit.history(SUBJECT, row.id));
    }

    /**
     * Returned applications may always be withdrawn; one in review only while the review task is
     * unclaimed and it was never sent back from approval (then it has been reviewed already).
     */
    private static boolean canWithdraw(ApplicationRow row, Task openTask, List<AuditEntry> history) {
        if (row.status == ApplicationStatus.RETURNED) {
            return true;
        }
        if (row.status != ApplicationStatus.IN_REVIEW) {
            return false;
        }
        boolean unclaimedReview = openTask != null
                && TASK_REVIEW.equals(openTask.getTaskDefinitionKey())
                && openTask.getAssignee() == null;
        return unclaimedReview && history.stream().noneMatch(e -> e.action() == AuditAction.APPROVED);
    }

    private Task openTask(long id, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private long applicationIdOf(Task task) {
        Object id = tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
        return ((Number) id).longValue();
    }

    /** Name of the open task per application id (as a string), for the list pages. */
    private Map<String, String> currentSteps(List<ApplicationRow> rows) {
        Map<String, String> idByInstance = new HashMap<>();
        rows.stream()
                .filter(r -> r.processInstanceId != null)
                .forEach(r -> idByInstance.put(r.processInstanceId, String.valueOf(r.id)));
        Map<String, String> steps = new HashMap<>();
        if (!idByInstance.isEmpty()) {
            tasks.createTaskQuery()
                    .processInstanceIdIn(idByInstance.keySet().toArray(String[]::new))
                    .list()
                    .forEach(t -> steps.put(idByInstance.get(t.getProcessInstanceId()), t.getName()));
        }
        return steps;
    }

    private ApplicationDetail detail(ApplicationRow r, CurrentUser user) {
        List<Long> coop = orgIds(r.id, COOPERATING);
        List<Long> towns = orgIds(r.id, TOWNSHIP);
        Set<Long> ids = new HashSet<>(coop);
        ids.addAll(towns);
        ids.add(r.applicantOrgId);
        if (r.leadOrgId != null) {
            ids.add(r.leadOrgId);
        }
        Map<Long, OrgUnit> names = orgs.byIds(ids);
        ApplicationDetail.CurrentTask current = null;
        Task task = r.processInstanceId == null
                ? null
                : tasks.createTaskQuery().processInstanceId(r.processInstanceId).singleResult();
        if (task != null) {
            var due = Clock.toLocal(task.getDueDate());
            current = new ApplicationDetail.CurrentTask(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    Clock.toLocal(task.getCreateTime()),
                    due,
                    due != null && due.isBefore(Clock.now()));
        }
        ApplicationDetail.PreCheckSummary pre = r.precheckedAt == null
                ? null
                : new ApplicationDetail.PreCheckSummary(
                        applications.findFindings(r.id), r.precheckTotalHours, r.precheckVillageCount, r.precheckedAt);
        var item = r.status == ApplicationStatus.ADMITTED ? list.findByApplication(r.id) : null;
        boolean own = user.has(Role.APPLICANT) && Objects.equals(r.applicantOrgId, user.orgId());
        List<AuditEntry> history = audit.history(SUBJECT, r.id);
        return new ApplicationDetail(
                r.id,
                r.status,
                r.itemName,
                r.category,
                r.legalBasis,
                r.content,
                r.performanceStandard,
                r.leadOrgId,
                name(names, r.leadOrgId),
                coop,
                names(names, coop),
                r.targetScope,
                towns,
                names(names, towns),
                r.workloadHoursPerMonth,
                r.frequency,
                r.requiresDataReporting,
                r.requiresSignboard,
                r.requiresCertificate,
                r.requiresAppOrChatGroup,
                r.requiresCheckIn,
                r.requiresPhotoProof,
                r.fundingFollows,
                r.fundingNote,
                r.validFrom,
                r.validTo,
                r.selfAssessment,
                r.applicantUsername,
                r.applicantName,
                r.applicantOrgId,
                name(names, r.applicantOrgId),
                r.submittedAt,
                r.updatedAt,
                r.decidedAt,
                r.refusalReason,
                item == null ? null : item.listNo(),
                item == null ? null : item.id(),
                current,
                pre,
                attachments.list(SUBJECT, r.id),
                history,
                own && r.status.editable(),
                own && r.status.editable(),
                own && canWithdraw(r, task, history));
    }

    private static String name(Map<Long, OrgUnit> names, Long id) {
        OrgUnit o = id == null ? null : names.get(id);
        return o == null ? null : o.name();
    }

    private static List<String> names(Map<Long, OrgUnit> names, List<Long> ids) {
        List<String> result = new ArrayList<>();
        ids.forEach(i -> result.add(name(names, i)));
        return result;
    }
}
