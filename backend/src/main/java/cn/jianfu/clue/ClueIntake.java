package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.FieldCipher;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.Role;
import cn.jianfu.security.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving clues (线索收集): from the public portal, or recorded by the office from the hotline,
 * the mailbox or an inspection. Each clue gets the year's next number and a query code, and starts
 * its process in the same transaction.
 */
@Service
class ClueIntake {

    /** Shown as the actor of what the reporter does; the reporter has no account. */
    static final String REPORTER = "反映人";

    private final ClueMapper clues;
    private final FieldCipher crypto;
    private final QueryCodeHashes hashes;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final int ratingDays;

    ClueIntake(
            ClueMapper clues,
            FieldCipher crypto,
            QueryCodeHashes hashes,
            OrgService orgs,
            AuditTrail audit,
            RuntimeService runtime,
            @Value("${jianfu.clue.rating-days:7}") int ratingDays) {
        this.clues = clues;
        this.crypto = crypto;
        this.hashes = hashes;
        this.orgs = orgs;
        this.audit = audit;
        this.runtime = runtime;
        this.ratingDays = ratingDays;
    }

    /** A clue from the public portal (the reporter's own or a village's refusal of a non-admitted task). */
    @Transactional
    ClueReceipt submitPublic(ClueForm form) {
        ClueSource source = form.source() == null ? ClueSource.PORTAL : form.source();
        if (!source.publicChannel()) {
            throw ApiException.invalid(Map.of("source", "线索来源不正确"));
        }
        return receive(form, source, null, REPORTER);
    }

    /** A clue the office recorded from the hotline, the mailbox or an inspection. */
    @Transactional
    ClueReceipt record(ClueForm form, CurrentUser user) {
        ClueAccess.requireOffice(user);
        if (form.source() == null || form.source().publicChannel()) {
            throw ApiException.invalid(Map.of("source", "请选择线索来源：热线电话、意见信箱或督查检查发现"));
        }
        return receive(form, form.source(), user.getUsername(), user.displayName());
    }

    private ClueReceipt receive(ClueForm form, ClueSource source, String recordedBy, String actorName) {
        ClueCategory category = source == ClueSource.VILLAGE_REFUSAL ? ClueCategory.UNADMITTED_TASK : form.category();
        check(form, category);
        String name = form.isAnonymous() ? null : ClueText.trim(form.reporterName());
        String phone = form.isAnonymous() ? null : ClueText.trim(form.reporterPhone());
        String code = QueryCodes.generate();
        ClueRow row = new ClueRow();
        row.queryCodeHash = hashes.hash(code);
        row.category = category;
        row.source = source;
        row.reportedOrgId = form.reportedOrgId();
        row.reportedUnitText = form.reportedOrgId() == null ? ClueText.trim(form.reportedUnitText()) : null;
        row.place = ClueText.trim(form.place());
        row.occurredWhen = ClueText.trim(form.occurredWhen());
        row.description = ClueText.trim(form.description());
        row.anonymous = name == null && phone == null;
        row.reporterNameEnc = crypto.encrypt(name);
        row.reporterPhoneEnc = crypto.encrypt(phone);
        row.status = ClueStatus.TRIAGE;
        row.recordedBy = recordedBy;
        row.createdAt = Clock.now();
        row.updatedAt = row.createdAt;
        clues.insert(row);
        clues.markTallyStale(row.id);
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
        String processInstanceId = runtime.startProcessInstanceByKey(KEY, String.valueOf(row.id), vars)
                .getId();
        clues.setProcessInstance(row.id, processInstanceId, Clock.now());
        // the number last, so the year's counter row stays locked only from here to the commit
        row.clueNo = nextClueNo();
        clues.setClueNo(row.id, row.clueNo);
        return new ClueReceipt(row.id, row.clueNo, code);
    }

    private void check(ClueForm form, ClueCategory category) {
        Map<String, String> errors = new HashMap<>();
        if (category == null) {
            errors.put("category", "请选择问题类别");
        }
        if (form.reportedOrgId() != null) {
            if (orgs.byIds(List.of(form.reportedOrgId())).isEmpty()) {
                errors.put("reportedOrgId", "被反映单位不存在");
            }
        } else if (ClueText.trim(form.reportedUnitText()) == null) {
            errors.put("reportedUnitText", "请选择或填写被反映的单位");
        }
        String description = ClueText.trim(form.description());
        if (description == null || description.length() < 10) {
            errors.put("description", "请具体描述反映的问题（至少10个字）");
        }
        boolean named = !form.isAnonymous();
        if (named && ClueText.trim(form.reporterName()) == null && ClueText.trim(form.reporterPhone()) == null) {
            errors.put("reporterName", "实名反映请至少填写姓名或联系电话，也可以选择匿名");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * XS-2026-0001: a running number per year, taken under a row lock so two clues never share one
     * and none is skipped. The lock lasts until the commit, so it is taken last (the clue's row has no
     * number until then, and nobody else sees the row before the commit).
     */
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
}
