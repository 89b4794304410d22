package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.attachment.AttachmentService;
import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.common.TextSimilarity;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.workflow.InboxService;
import cn.jianfu.workflow.ProcessProgress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The clue chain: receiving clues, the office's triage, the units' verification and rectification,
 * the office's checks and reply, the reporter's rating, and the steps the process engine asks for.
 * Every method that changes state runs in one transaction with the engine.
 *
 * <p>The reporter's name and phone leave this class decrypted only inside {@link ClueDetail} for
 * users with the OFFICE or VERIFIER role.
 */
@Service
public class ClueService {

    /** Shown as the actor of what the reporter does; the reporter has no account. */
    static final String REPORTER = "反映人";

    static final int MAX_TEXT = 4000;
    static final int MAX_UNITS = 20;
    static final double DUPLICATE_SIMILARITY = 0.35;

    private final ClueMapper clues;
    private final ReporterCrypto crypto;
    private final PasswordEncoder encoder;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final AttachmentService attachments;
    private final InboxService inbox;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessProgress progress;
    private final int ratingDays;
    private final long maxTotalBytes;

    ClueService(
            ClueMapper clues,
            ReporterCrypto crypto,
            PasswordEncoder encoder,
            OrgService orgs,
            AuditTrail audit,
            AttachmentService attachments,
            InboxService inbox,
            RuntimeService runtime,
            TaskService tasks,
            ProcessProgress progress,
            @Value("${jianfu.clue.rating-days:7}") int ratingDays,
            @Value("${jianfu.clue.max-total-bytes:31457280}") long maxTotalBytes) {
        this.clues = clues;
        this.crypto = crypto;
        this.encoder = encoder;
        this.orgs = orgs;
        this.audit = audit;
        this.attachments = attachments;
        this.inbox = inbox;
        this.runtime = runtime;
        this.tasks = tasks;
        this.progress = progress;
        this.ratingDays = ratingDays;
        this.maxTotalBytes = maxTotalBytes;
    }

    // ---- collecting ---------------------------------------------------------------------------

    /** A clue from the public portal (the reporter's own or a village's refusal of a non-admitted task). */
    @Transactional
    public ClueReceipt submitPublic(ClueForm form) {
        ClueSource source = form.source() == null ? ClueSource.PORTAL : form.source();
        if (!source.publicChannel()) {
            throw ApiException.invalid(Map.of("source", "线索来源不正确"));
        }
        return receive(form, source, null, REPORTER);
    }

    /** A clue the office recorded from the hotline, the mailbox or an inspection. */
    @Transactional
    public ClueReceipt record(ClueForm form, CurrentUser user) {
        requireOffice(user);
        if (form.source() == null || form.source().publicChannel()) {
            throw ApiException.invalid(Map.of("source", "请选择线索来源：热线电话、意见信箱或督查检查发现"));
        }
        return receive(form, form.source(), user.getUsername(), user.displayName());
    }

    private ClueReceipt receive(ClueForm form, ClueSource source, String recordedBy, String actorName) {
        ClueCategory category = source == ClueSource.VILLAGE_REFUSAL ? ClueCategory.UNADMITTED_TASK : form.category();
        Map<String, String> errors = new HashMap<>();
        if (category == null) {
            errors.put("category", "请选择问题类别");
        }
        String unitText = trim(form.reportedUnitText());
        if (form.reportedOrgId() != null) {
            if (orgs.byIds(List.of(form.reportedOrgId())).isEmpty()) {
                errors.put("reportedOrgId", "被反映单位不存在");
            }
        } else if (unitText == null) {
            errors.put("reportedUnitText", "请选择或填写被反映的单位");
        }
        String description = trim(form.description());
        if (description == null || description.length() < 10) {
            errors.put("description", "请具体描述反映的问题（至少10个字）");
        }
        String name = form.isAnonymous() ? null : trim(form.reporterName());
        String phone = form.isAnonymous() ? null : trim(form.reporterPhone());
        if (!form.isAnonymous() && name == null && phone == null) {
            errors.put("reporterName", "实名反映请至少填写姓名或联系电话，也可以选择匿名");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String code = QueryCodes.generate();
        ClueRow row = new ClueRow();
        row.clueNo = nextClueNo();
        row.category = category;
        row.source = source;
        row.reportedOrgId = form.reportedOrgId();
        row.reportedUnitText = form.reportedOrgId() == null ? unitText : null;
        row.place = trim(form.place());
        row.occurredWhen = trim(form.occurredWhen());
        row.description = description;
        row.anonymous = name == null && phone == null;
        row.reporterNameEnc = crypto.encrypt(name);
        row.reporterPhoneEnc = crypto.encrypt(phone);
        row.queryCodeHash = encoder.encode(code);
        row.status = ClueStatus.TRIAGE;
        row.recordedBy = recordedBy;
        row.createdAt = Clock.now();
        row.updatedAt = row.createdAt;
        clues.insert(row);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.CLUE_RECEIVED,
                recordedBy,
                actorName,
                source.name(),
                "来源：" + source.label());
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CLUE_ID, row.id);
        vars.put(VAR_OFFICE_GROUPS, Role.OFFICE.group());
        vars.put(VAR_RATING_PERIOD, "P" + ratingDays + "D");
        row.processInstanceId = runtime.startProcessInstanceByKey(KEY, String.valueOf(row.id), vars)
                .getId();
        ClueRow stored = load(row.id);
        stored.processInstanceId = row.processInstanceId;
        save(stored);
        return new ClueReceipt(row.id, row.clueNo, code);
    }

    /** XS-2026-0001: a running number per year, taken under a row lock so two clues never share one. */
    private String nextClueNo() {
        int year = Clock.now().getYear();
        Integer last = clues.lockCounter(year);
        if (last == null) {
            try {
                clues.insertCounter(year);
            } catch (DuplicateKeyException e) {
                // another request created this year's counter first
            }
            last = clues.lockCounter(year);
        }
        int next = last + 1;
        clues.updateCounter(year, next);
        return "XS-%d-%04d".formatted(year, next);
    }

    // ---- the office ---------------------------------------------------------------------------

    /** Quick assignment (快速分办): not accepted, merged into another clue, or assigned to units. */
    @Transactional
    public ClueDetail triage(String taskId, TriageForm form, CurrentUser user) {
        requireOffice(user);
        if (form == null || form.decision() == null) {
            throw ApiException.invalid(Map.of("decision", "请选择分办意见"));
        }
        Task task = actionable(taskId, TASK_TRIAGE, user);
        ClueRow row = lock(clueIdOf(task));
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_TRIAGE_DECISION, form.decision().name());
        switch (form.decision()) {
            case NOT_ACCEPTED -> {
                String reason = text(form.reason(), "reason", "请填写不予受理的理由（将告知反映人）", true);
                vars.put(VAR_TRIAGE_COMMENT, reason);
                audit.record(
                        SUBJECT,
                        row.id,
                        AuditAction.NOT_ACCEPTED,
                        user.getUsername(),
                        user.displayName(),
                        TriageDecision.NOT_ACCEPTED.name(),
                        reason);
            }
            case MERGE -> {
                if (form.mergeIntoClueId() == null || form.mergeIntoClueId().equals(row.id)) {
                    throw ApiException.invalid(Map.of("mergeIntoClueId", "请选择要并入的线索"));
                }
                ClueRow target = clues.findById(form.mergeIntoClueId())
                        .orElseThrow(() -> ApiException.invalid(Map.of("mergeIntoClueId", "要并入的线索不存在")));
                if (target.status == ClueStatus.NOT_ACCEPTED || target.status == ClueStatus.MERGED) {
                    throw ApiException.invalid(Map.of("mergeIntoClueId", "不能并入已" + target.status.label() + "的线索"));
                }
                vars.put(VAR_MERGE_INTO, target.id);
                vars.put(VAR_TRIAGE_COMMENT, trim(form.reason()));
                audit.record(
                        SUBJECT,
                        row.id,
                        AuditAction.MERGED,
                        user.getUsername(),
                        user.displayName(),
                        TriageDecision.MERGE.name(),
                        "并入线索 " + target.clueNo + optional(form.reason()));
                audit.record(
                        SUBJECT,
                        target.id,
                        AuditAction.MERGED,
                        user.getUsername(),
                        user.displayName(),
                        null,
                        "线索 " + row.clueNo + " 并入本线索一并办理");
            }
            case ASSIGN -> assign(row, form, user, vars);
        }
        complete(task, user, vars);
        return detail(load(row.id), user);
    }

    private void assign(ClueRow row, TriageForm form, CurrentUser user, Map<String, Object> vars) {
        List<Long> ids = form.unitIds() == null
                ? List.of()
                : form.unitIds().stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            throw ApiException.invalid(Map.of("unitIds", "请选择承办单位"));
        }
        if (ids.size() > MAX_UNITS) {
            throw ApiException.invalid(Map.of("unitIds", "承办单位最多选择" + MAX_UNITS + "个"));
        }
        Map<Long, OrgUnit> units = orgs.byIds(ids);
        if (units.size() != ids.size() || units.values().stream().anyMatch(o -> o.type() == OrgType.BURDEN_OFFICE)) {
            throw ApiException.invalid(Map.of("unitIds", "承办单位不存在或不能承办"));
        }
        Set<UnitRole> roles =
                units.values().stream().map(o -> UnitRole.of(o.type())).collect(Collectors.toSet());
        boolean dual = roles.containsAll(List.of(UnitRole.GRASSROOTS, UnitRole.DEPARTMENT));
        if (Boolean.TRUE.equals(form.dual()) && !dual) {
            throw ApiException.invalid(Map.of("unitIds", "双交办须同时选择基层单位（乡镇、村社区）和负有责任的县级部门"));
        }
        List<String> keys = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Long id : ids) {
            OrgUnit org = units.get(id);
            ClueUnitRow unit = new ClueUnitRow();
            unit.clueId = row.id;
            unit.orgId = id;
            unit.unitRole = UnitRole.of(org.type());
            unit.status = UnitStatus.VERIFYING;
            clues.insertUnit(unit);
            keys.add(String.valueOf(unit.id));
            // joint verification: the unit itself and the verification team (核查人员)
            groups.add(CurrentUser.orgGroup(org.code()) + "," + Role.VERIFIER.group());
        }
        row.dualAssigned = dual;
        row.assignedAt = Clock.now();
        save(row);
        vars.put(VAR_UNIT_KEYS, keys);
        vars.put(VAR_VERIFY_GROUPS, groups);
        String names = ids.stream().map(i -> units.get(i).name()).collect(Collectors.joining("、"));
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.ASSIGNED,
                user.getUsername(),
                user.displayName(),
                TriageDecision.ASSIGN.name(),
                (dual ? "双交办：" : "交办：") + names + optional(form.reason()));
    }

    /** Open clues whose description reads like this one's, best first. */
    public List<DuplicateSuggestion> duplicates(long id, CurrentUser user) {
        requireOfficeOrVerifier(user);
        ClueRow row = load(id);
        return clues.findOpen(id, row.createdAt.minusDays(365)).stream()
                .map(o -> new DuplicateSuggestion(
                        o.id,
                        o.clueNo,
                        o.category,
                        o.status,
                        excerpt(o.description),
                        Math.round(similarity(row, o) * 100) / 100.0))
                .filter(s -> s.similarity() >= DUPLICATE_SIMILARITY)
                .sorted(Comparator.comparingDouble(DuplicateSuggestion::similarity)
                        .reversed())
                .limit(5)
                .toList();
    }

    private static double similarity(ClueRow a, ClueRow b) {
        double text = TextSimilarity.of(a.description, b.description);
        boolean sameUnit = a.reportedOrgId != null && a.reportedOrgId.equals(b.reportedOrgId)
                || a.reportedUnitText != null && a.reportedUnitText.equals(b.reportedUnitText);
        // the same unit reported makes a near miss count; the text has to carry most of it
        return Math.min(1.0, text + (sameUnit ? 0.1 : 0));
    }

    @Transactional
    public ClueDetail checkRectification(String taskId, AcceptDecision decision, String comment, CurrentUser user) {
        requireOffice(user);
        if (decision == null) {
            throw ApiException.invalid(Map.of("decision", "请选择验收意见"));
        }
        String why = text(comment, "comment", "退回时请说明需要补充或改正的内容", decision == AcceptDecision.SEND_BACK);
        Task task = actionable(taskId, TASK_ACCEPT, user);
        ClueRow row = lock(clueIdOf(task));
        ClueUnitRow unit = unitOf(task);
        if (decision == AcceptDecision.ACCEPT) {
            unit.status = UnitStatus.DONE;
            unit.acceptedAt = Clock.now();
        } else {
            unit.status = UnitStatus.RECTIFYING;
            unit.sendBackCount++;
        }
        clues.updateUnit(unit);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.RECTIFICATION_CHECKED,
                user.getUsername(),
                user.displayName(),
                decision.name(),
                orgName(unit) + (decision == AcceptDecision.ACCEPT ? "：验收通过" : "：退回重报") + optional(why));
        complete(task, user, Map.of(VAR_ACCEPT_DECISION, decision.name()));
        return detail(load(row.id), user);
    }

    /** The reply the reporter reads; after it the reporter has {@code jianfu.clue.rating-days} to rate. */
    @Transactional
    public ClueDetail reply(String taskId, String reply, CurrentUser user) {
        requireOffice(user);
        String text = text(reply, "reply", "请填写答复内容", true);
        Task task = actionable(taskId, TASK_REPLY, user);
        ClueRow row = lock(clueIdOf(task));
        row.reply = text;
        row.repliedAt = Clock.now();
        row.status = ClueStatus.RATING;
        save(row);
        clues.insertMessage(row.id, ClueMessage.Kind.REPLY, text, row.repliedAt);
        audit.record(SUBJECT, row.id, AuditAction.REPLIED, user.getUsername(), user.displayName(), null, text);
        complete(task, user, Map.of());
        return detail(load(row.id), user);
    }

    /** Flags (or unflags) a closed clue as a typical case for publication, with the office's own summary. */
    @Transactional
    public ClueDetail flagTypical(long id, boolean typical, String summary, CurrentUser user) {
        requireOffice(user);
        ClueRow row = lock(id);
        if (row.status != ClueStatus.CLOSED) {
            throw ApiException.conflict("只有已办结的线索可以作为典型问题通报");
        }
        String text = typical ? text(summary, "summary", "请填写通报内容（不得包含反映人信息）", true) : null;
        if (text != null
                && (mentions(text, crypto.decrypt(row.reporterNameEnc))
                        || mentions(text, crypto.decrypt(row.reporterPhoneEnc)))) {
            throw ApiException.invalid(Map.of("summary", "通报内容不能包含反映人的姓名或联系电话"));
        }
        row.typical = typical;
        row.typicalSummary = text;
        row.typicalAt = typical ? Clock.now() : null;
        save(row);
        audit.record(
                SUBJECT,
                id,
                AuditAction.TYPICAL_FLAGGED,
                user.getUsername(),
                user.displayName(),
                typical ? "PUBLISH" : "WITHDRAW",
                typical ? text : "撤回通报");
        return detail(load(id), user);
    }

    // ---- the units ----------------------------------------------------------------------------

    @Transactional
    public ClueDetail verify(String taskId, VerificationOutcome outcome, String findings, CurrentUser user) {
        if (outcome == null) {
            throw ApiException.invalid(Map.of("outcome", "请选择核查结论"));
        }
        String text = text(findings, "findings", "请填写核查情况", true);
        Task task = actionable(taskId, TASK_VERIFY, user);
        ClueRow row = lock(clueIdOf(task));
        ClueUnitRow unit = unitOf(task);
        unit.outcome = outcome;
        unit.findings = text;
        unit.verifiedBy = user.getUsername();
        unit.verifiedAt = Clock.now();
        unit.status = outcome.needsRectification() ? UnitStatus.VERIFIED : UnitStatus.NOT_SUBSTANTIATED;
        clues.updateUnit(unit);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.VERIFIED,
                user.getUsername(),
                user.displayName(),
                outcome.name(),
                orgName(unit) + "：" + outcome.label() + "。" + text);
        complete(task, user, Map.of());
        return detail(load(row.id), user);
    }

    @Transactional
    public ClueDetail plan(String taskId, String plan, LocalDate deadline, CurrentUser user) {
        String text = text(plan, "plan", "请填写整改方案", true);
        LocalDate today = Clock.now().toLocalDate();
        if (deadline == null || deadline.isBefore(today) || deadline.isAfter(today.plusYears(1))) {
            throw ApiException.invalid(Map.of("deadline", "请填写整改时限（今天起一年以内）"));
        }
        Task task = actionable(taskId, TASK_PLAN, user);
        ClueRow row = lock(clueIdOf(task));
        ClueUnitRow unit = unitOf(task);
        unit.plan = text;
        unit.planDeadline = deadline;
        unit.plannedAt = Clock.now();
        unit.status = UnitStatus.RECTIFYING;
        clues.updateUnit(unit);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.PLANNED,
                user.getUsername(),
                user.displayName(),
                null,
                orgName(unit) + "：整改时限 " + deadline + "。" + text);
        // the report is due at the end of the deadline day
        complete(
                task,
                user,
                Map.of(VAR_RECTIFY_DEADLINE, Clock.toDate(deadline.plusDays(1).atStartOfDay())));
        return detail(load(row.id), user);
    }

    @Transactional
    public ClueDetail report(String taskId, String report, CurrentUser user) {
        String text = text(report, "report", "请填写整改完成情况", true);
        Task task = actionable(taskId, TASK_REPORT, user);
        ClueRow row = lock(clueIdOf(task));
        ClueUnitRow unit = unitOf(task);
        unit.report = text;
        unit.reportedAt = Clock.now();
        unit.status = UnitStatus.ACCEPTING;
        clues.updateUnit(unit);
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.RECTIFICATION_REPORTED,
                user.getUsername(),
                user.displayName(),
                null,
                orgName(unit) + "：" + text);
        complete(task, user, Map.of());
        return detail(load(row.id), user);
    }

    /** Evidence or documents from staff who may read the clue, while it is being handled. */
    @Transactional
    public Attachment addAttachment(long id, MultipartFile file, CurrentUser user) {
        ClueRow row = readable(id, user);
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

    // ---- the reporter (authenticated by the portal with the query code) ------------------------

    @Transactional
    public void supplement(long id, String content) {
        ClueRow row = lock(id);
        requireOpenForReporter(row);
        String text = text(content, "content", "请填写补充内容", true);
        clues.insertMessage(id, ClueMessage.Kind.SUPPLEMENT, text, Clock.now());
        audit.record(SUBJECT, id, AuditAction.SUPPLEMENTED, null, REPORTER, null, text);
    }

    @Transactional
    public void addReporterFile(long id, MultipartFile file) {
        ClueRow row = lock(id);
        requireOpenForReporter(row);
        checkTotal(id, file);
        Attachment a = attachments.add(SUBJECT, id, file, REPORTER);
        audit.record(SUBJECT, id, AuditAction.ATTACHMENT_ADDED, null, REPORTER, null, a.fileName());
    }

    /** The reporter's rating; an unsatisfied reporter may send the clue back into rectification once. */
    @Transactional
    public void rate(long id, Rating rating, String comment, boolean reopen) {
        if (rating == null) {
            throw ApiException.invalid(Map.of("rating", "请选择满意或不满意"));
        }
        String text = text(comment, "comment", "请说明不满意的原因", rating == Rating.UNSATISFIED);
        ClueRow row = lock(id);
        if (row.status != ClueStatus.RATING) {
            throw ApiException.conflict("该线索当前不能评价");
        }
        boolean again = reopen && rating == Rating.UNSATISFIED;
        if (again && row.reopenCount > 0) {
            throw ApiException.conflict("该线索已重新整改过一次，不能再次申请");
        }
        row.rating = rating;
        row.ratingComment = text;
        row.ratedAt = Clock.now();
        save(row);
        audit.record(
                SUBJECT,
                id,
                AuditAction.RATED,
                null,
                REPORTER,
                rating.name(),
                (again ? "申请重新整改。" : "") + (text == null ? "" : text));
        runtime.createMessageCorrelation(MESSAGE_RATED)
                .processInstanceId(row.processInstanceId)
                .setVariable(VAR_REOPEN, again)
                .correlate();
    }

    private static void requireOpenForReporter(ClueRow row) {
        if (row.status.finished()) {
            throw ApiException.conflict("线索已" + row.status.label() + "，不能再补充");
        }
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

    // ---- steps the process engine asks for ----------------------------------------------------

    /** The process reached a user task: the clue's status follows it. */
    public void enteredStep(long id, String taskKey) {
        ClueStatus status =
                switch (taskKey) {
                    case TASK_TRIAGE -> ClueStatus.TRIAGE;
                    case TASK_VERIFY -> ClueStatus.VERIFYING;
                    case TASK_PLAN, TASK_REPORT, TASK_ACCEPT -> ClueStatus.RECTIFYING;
                    case TASK_REPLY -> ClueStatus.REPLYING;
                    default -> throw new IllegalArgumentException("unknown clue step " + taskKey);
                };
        clues.updateStatus(id, status, Clock.now());
    }

    public void markNotAccepted(long id, String reason) {
        ClueRow row = load(id);
        row.status = ClueStatus.NOT_ACCEPTED;
        row.notAcceptedReason = reason;
        row.closedAt = Clock.now();
        save(row);
        clues.insertMessage(id, ClueMessage.Kind.REPLY, "经研究，您反映的问题不予受理。理由：" + reason, row.closedAt);
    }

    public void markMerged(long id, long targetId) {
        ClueRow row = load(id);
        ClueRow target = load(targetId);
        row.status = ClueStatus.MERGED;
        row.mergedIntoId = targetId;
        row.closedAt = Clock.now();
        save(row);
        clues.insertMessage(id, ClueMessage.Kind.REPLY, "您反映的问题与线索 " + target.clueNo + " 属同一问题，已合并办理。", row.closedAt);
    }

    /** Which units rectify: those whose verification found the problem (partly) true. */
    public Rectification prepareRectification(long id) {
        List<ClueUnitRow> units = clues.findUnits(id).stream()
                .filter(u -> u.outcome != null && u.outcome.needsRectification())
                .toList();
        return rectify(id, units);
    }

    /**
     * The reporter was not satisfied: the units rectify once more — those that rectified before, or
     * every assigned unit when none was found at fault.
     */
    public Rectification reopen(long id) {
        ClueRow row = load(id);
        row.reopenCount++;
        row.status = ClueStatus.RECTIFYING;
        row.reply = null;
        row.repliedAt = null;
        save(row);
        List<ClueUnitRow> all = clues.findUnits(id);
        List<ClueUnitRow> units = all.stream()
                .filter(u -> u.outcome != null && u.outcome.needsRectification())
                .toList();
        audit.recordSystem(SUBJECT, id, AuditAction.REOPENED, "反映人不满意，重新交办整改");
        return rectify(id, units.isEmpty() ? all : units);
    }

    private Rectification rectify(long id, List<ClueUnitRow> units) {
        Map<Long, OrgUnit> names = orgs.byIds(units.stream().map(u -> u.orgId).toList());
        List<String> keys = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (ClueUnitRow u : units) {
            u.status = UnitStatus.PLANNING;
            clues.updateUnit(u);
            keys.add(String.valueOf(u.id));
            groups.add(CurrentUser.orgGroup(names.get(u.orgId).code()));
        }
        return new Rectification(keys, groups);
    }

    public record Rectification(List<String> unitKeys, List<String> candidateGroups) {
        public boolean needed() {
            return !unitKeys.isEmpty();
        }
    }

    public void close(long id) {
        ClueRow row = load(id);
        row.status = ClueStatus.CLOSED;
        row.closedAt = Clock.now();
        save(row);
        audit.recordSystem(
                SUBJECT,
                id,
                AuditAction.CLOSED,
                row.rating == null ? "反映人" + ratingDays + "日内未评价，自动办结" : "反映人评价：" + row.rating.label());
    }

    // ---- reading ------------------------------------------------------------------------------

    public ClueDetail get(long id, CurrentUser user) {
        return detail(readable(id, user), user);
    }

    /** {@code scope=all} for the office and verifiers (and admins); otherwise the clues assigned to the user's unit. */
    public PageResult<ClueSummary> search(
            String scope,
            ClueStatus status,
            ClueCategory category,
            ClueSource source,
            String keyword,
            LocalDate from,
            LocalDate to,
            Boolean typical,
            PageQuery page,
            CurrentUser user) {
        Long unit;
        if ("all".equals(scope)) {
            if (!user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN)) {
                throw ApiException.forbidden("没有权限查看全部线索");
            }
            unit = null;
        } else {
            unit = user.orgId();
        }
        ClueSearch search = new ClueSearch(
                unit,
                status,
                category,
                source,
                trim(keyword),
                from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay(),
                typical);
        List<ClueRow> rows = clues.search(search, page.offset(), page.size());
        Map<Long, List<ClueUnitRow>> unitsByClue = new HashMap<>();
        Set<Long> orgIds = new HashSet<>();
        for (ClueRow r : rows) {
            List<ClueUnitRow> units = clues.findUnits(r.id);
            unitsByClue.put(r.id, units);
            units.forEach(u -> orgIds.add(u.orgId));
            if (r.reportedOrgId != null) {
                orgIds.add(r.reportedOrgId);
            }
        }
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        return page.result(
                rows.stream()
                        .map(r -> new ClueSummary(
                                r.id,
                                r.clueNo,
                                r.category,
                                r.category.label(),
                                r.source,
                                reportedUnit(r, names),
                                r.place,
                                excerpt(r.description),
                                r.status,
                                r.status.label(),
                                unitsByClue.get(r.id).stream()
                                        .map(u -> name(names, u.orgId))
                                        .toList(),
                                r.dualAssigned,
                                r.typical,
                                r.createdAt,
                                r.closedAt))
                        .toList(),
                clues.count(search));
    }

    /** Activity ids for the diagram: where the clue stands and where it has been. */
    public Map<String, List<String>> progress(long id, CurrentUser user) {
        return progress.of(readable(id, user).processInstanceId);
    }

    public PageResult<TypicalCase> typicalCases(PageQuery page) {
        ClueSearch search = new ClueSearch(null, ClueStatus.CLOSED, null, null, null, null, null, true);
        return page.result(
                clues.search(search, page.offset(), page.size()).stream()
                        .map(r -> new TypicalCase(
                                r.clueNo, r.category, r.category.label(), r.typicalSummary, r.closedAt, r.typicalAt))
                        .toList(),
                clues.count(search));
    }

    /** What the reporter sees: status, the office's answers, their own additions and file names. */
    PublicClueView publicView(ClueRow r) {
        String merged = r.mergedIntoId == null ? null : load(r.mergedIntoId).clueNo;
        List<PublicClueView.FileInfo> files = attachments.list(SUBJECT, r.id).stream()
                .filter(a -> REPORTER.equals(a.uploadedBy()))
                .map(a -> new PublicClueView.FileInfo(a.fileName(), a.size(), a.uploadedAt()))
                .toList();
        return new PublicClueView(
                r.clueNo,
                r.category,
                r.category.label(),
                r.status,
                r.status.label(),
                outcome(clues.findUnits(r.id)),
                merged,
                clues.findMessages(r.id),
                files,
                r.rating,
                r.ratingComment,
                !r.status.finished(),
                r.status == ClueStatus.RATING,
                r.status == ClueStatus.RATING && r.reopenCount == 0,
                r.createdAt,
                r.closedAt);
    }

    private static String outcome(List<ClueUnitRow> units) {
        Set<VerificationOutcome> found =
                units.stream().map(u -> u.outcome).filter(Objects::nonNull).collect(Collectors.toSet());
        if (found.contains(VerificationOutcome.SUBSTANTIATED)) {
            return "经核查，反映的问题属实";
        }
        if (found.contains(VerificationOutcome.PARTLY_SUBSTANTIATED)) {
            return "经核查，反映的问题部分属实";
        }
        boolean allVerified = !units.isEmpty() && units.stream().allMatch(u -> u.outcome != null);
        return allVerified ? "经核查，反映的问题不属实" : null;
    }

    public ClueStatistics statistics(LocalDate from, LocalDate to, CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN)) {
            throw ApiException.forbidden("没有权限查看线索统计");
        }
        LocalDateTime start = from == null ? null : from.atStartOfDay();
        LocalDateTime end = to == null ? null : to.plusDays(1).atStartOfDay();
        List<ClueMapper.StatRow> rows = clues.statistics(start, end);
        // accepted = assigned for handling: not still waiting for triage, not refused, not merged away
        long accepted = rows.stream()
                .filter(r -> r.status != ClueStatus.TRIAGE
                        && r.status != ClueStatus.NOT_ACCEPTED
                        && r.status != ClueStatus.MERGED)
                .count();
        List<ClueMapper.StatRow> closed =
                rows.stream().filter(r -> r.status == ClueStatus.CLOSED).toList();
        long onTime = closed.stream().filter(r -> !r.escalated).count();
        double days = closed.stream()
                .mapToDouble(r -> ChronoUnit.MINUTES.between(r.createdAt, r.closedAt) / 1440.0)
                .sum();
        List<ClueMapper.StatRow> rated = rows.stream()
                .filter(r -> r.rating != null && r.status == ClueStatus.CLOSED)
                .toList();
        long satisfied =
                rated.stream().filter(r -> r.rating == Rating.SATISFIED).count();
        Map<ClueCategory, Long> byCategory =
                rows.stream().collect(Collectors.groupingBy(r -> r.category, Collectors.counting()));
        Map<ClueStatus, Long> byStatus =
                rows.stream().collect(Collectors.groupingBy(r -> r.status, Collectors.counting()));
        List<ClueStatistics.Count> categories = new ArrayList<>();
        for (ClueCategory c : ClueCategory.values()) {
            categories.add(new ClueStatistics.Count(c.name(), c.label(), byCategory.getOrDefault(c, 0L)));
        }
        List<ClueStatistics.Count> statuses = new ArrayList<>();
        for (ClueStatus s : ClueStatus.values()) {
            statuses.add(new ClueStatistics.Count(s.name(), s.label(), byStatus.getOrDefault(s, 0L)));
        }
        return new ClueStatistics(
                from,
                to,
                rows.size(),
                accepted,
                closed.size(),
                ratio(closed.size(), accepted),
                ratio(onTime, closed.size()),
                closed.isEmpty() ? null : Math.round(days / closed.size() * 10) / 10.0,
                rated.size(),
                ratio(satisfied, rated.size()),
                categories,
                statuses,
                clues.countByUnit(start, end));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The office, verifiers and admins read every clue; a unit reads the clues assigned to it. */
    static boolean canRead(ClueMapper clues, long clueId, CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.VERIFIER, Role.ADMIN) || clues.isAssignedTo(clueId, user.orgId());
    }

    /** Only the burden-reduction office and verifiers ever see who reported a clue. */
    static boolean maySeeReporter(CurrentUser user) {
        return user.hasAny(Role.OFFICE, Role.VERIFIER);
    }

    private ClueRow readable(long id, CurrentUser user) {
        return clues.findById(id)
                .filter(r -> canRead(clues, r.id, user))
                .orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    private ClueRow load(long id) {
        return clues.findById(id).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    private ClueRow lock(long id) {
        return clues.lockById(id).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    private void save(ClueRow row) {
        row.updatedAt = Clock.now();
        clues.update(row);
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.has(Role.OFFICE)) {
            throw ApiException.forbidden("只有减负办可以办理此事项");
        }
    }

    private static void requireOfficeOrVerifier(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.VERIFIER)) {
            throw ApiException.forbidden("没有权限执行此操作");
        }
    }

    private Task actionable(String taskId, String expectedKey, CurrentUser user) {
        Task task = inbox.requireActionable(taskId, user);
        if (!expectedKey.equals(task.getTaskDefinitionKey()) || !isClueTask(task)) {
            throw ApiException.conflict("该任务不是“" + stepName(expectedKey) + "”任务");
        }
        return task;
    }

    private boolean isClueTask(Task task) {
        return runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .processDefinitionKey(KEY)
                        .count()
                == 1;
    }

    private static String stepName(String taskKey) {
        return switch (taskKey) {
            case TASK_TRIAGE -> "快速分办";
            case TASK_VERIFY -> "联合核查";
            case TASK_PLAN -> "制定整改方案";
            case TASK_REPORT -> "报送整改报告";
            case TASK_ACCEPT -> "减负办验收";
            default -> "答复反馈";
        };
    }

    private void complete(Task task, CurrentUser user, Map<String, Object> vars) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.getUsername());
        }
        tasks.complete(task.getId(), vars);
    }

    private long clueIdOf(Task task) {
        return ((Number) tasks.getVariable(task.getId(), VAR_CLUE_ID)).longValue();
    }

    private ClueUnitRow unitOf(Task task) {
        Object key = tasks.getVariable(task.getId(), VAR_UNIT_KEY);
        return clues.findUnit(Long.parseLong(String.valueOf(key))).orElseThrow();
    }

    private String orgName(ClueUnitRow unit) {
        return orgs.get(unit.orgId).name();
    }

    private static String text(String value, String field, String message, boolean required) {
        String t = trim(value);
        if (required && t == null) {
            throw ApiException.invalid(Map.of(field, message));
        }
        if (t != null && t.length() > MAX_TEXT) {
            throw ApiException.invalid(Map.of(field, "内容不能超过" + MAX_TEXT + "个字"));
        }
        return t;
    }

    private static boolean mentions(String text, String secret) {
        return secret != null && !secret.isBlank() && text.contains(secret.strip());
    }

    private static String optional(String comment) {
        String t = trim(comment);
        return t == null ? "" : "。" + t;
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String excerpt(String description) {
        return description == null || description.length() <= 80 ? description : description.substring(0, 80) + "…";
    }

    private static String name(Map<Long, OrgUnit> names, Long id) {
        OrgUnit o = id == null ? null : names.get(id);
        return o == null ? null : o.name();
    }

    private static String reportedUnit(ClueRow r, Map<Long, OrgUnit> names) {
        return r.reportedOrgId != null ? name(names, r.reportedOrgId) : r.reportedUnitText;
    }

    ClueDetail detail(ClueRow r, CurrentUser user) {
        List<ClueUnitRow> units = clues.findUnits(r.id);
        Set<Long> orgIds = new HashSet<>();
        units.forEach(u -> orgIds.add(u.orgId));
        if (r.reportedOrgId != null) {
            orgIds.add(r.reportedOrgId);
        }
        Map<Long, OrgUnit> names = orgs.byIds(orgIds);
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.id, name(names, u.orgId)));
        List<ClueDetail.CurrentTask> current = new ArrayList<>();
        if (r.processInstanceId != null) {
            LocalDateTime now = Clock.now();
            for (Task t : tasks.createTaskQuery()
                    .processInstanceId(r.processInstanceId)
                    .orderByTaskCreateTime()
                    .asc()
                    .list()) {
                Object key = runtime.getVariable(t.getExecutionId(), VAR_UNIT_KEY);
                Long unitId = key == null ? null : Long.valueOf(String.valueOf(key));
                LocalDateTime due = Clock.toLocal(t.getDueDate());
                current.add(new ClueDetail.CurrentTask(
                        t.getId(),
                        t.getTaskDefinitionKey(),
                        t.getName(),
                        unitId,
                        unitId == null ? null : unitNames.get(unitId),
                        t.getAssignee(),
                        Clock.toLocal(t.getCreateTime()),
                        due,
                        due != null && due.isBefore(now)));
            }
        }
        ClueDetail.Reporter reporter = maySeeReporter(user)
                ? new ClueDetail.Reporter(
                        r.anonymous, crypto.decrypt(r.reporterNameEnc), crypto.decrypt(r.reporterPhoneEnc))
                : null;
        String mergedInto = r.mergedIntoId == null ? null : load(r.mergedIntoId).clueNo;
        return new ClueDetail(
                r.id,
                r.clueNo,
                r.category,
                r.category.label(),
                r.source,
                r.source.label(),
                r.reportedOrgId,
                name(names, r.reportedOrgId),
                r.reportedUnitText,
                r.place,
                r.occurredWhen,
                r.description,
                reporter,
                r.status,
                r.status.label(),
                r.mergedIntoId,
                mergedInto,
                r.notAcceptedReason,
                r.dualAssigned,
                r.reopenCount,
                r.reply,
                r.repliedAt,
                r.rating,
                r.ratingComment,
                r.ratedAt,
                r.typical,
                r.typicalSummary,
                r.createdAt,
                r.assignedAt,
                r.closedAt,
                units.stream()
                        .map(u -> new ClueDetail.Unit(
                                u.id,
                                u.orgId,
                                name(names, u.orgId),
                                u.unitRole,
                                u.status,
                                u.status.label(),
                                u.outcome,
                                u.findings,
                                u.verifiedAt,
                                u.plan,
                                u.planDeadline,
                                u.plannedAt,
                                u.report,
                                u.reportedAt,
                                u.acceptedAt,
                                u.sendBackCount))
                        .toList(),
                current,
                clues.findMessages(r.id),
                attachments.list(SUBJECT, r.id),
                audit.history(SUBJECT, r.id));
    }
}
