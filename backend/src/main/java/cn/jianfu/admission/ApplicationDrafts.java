package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.SUBJECT;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's applicant drafting an application (and revising a returned one). A draft needs
 * only a name and existing organisations; the full rules apply on submission.
 */
@Service
class ApplicationDrafts {

    private final ApplicationMapper applications;
    private final ApplicationAccess access;
    private final OrgService orgs;
    private final AuditTrail audit;
    private final ApplicationDetails details;

    ApplicationDrafts(
            ApplicationMapper applications,
            ApplicationAccess access,
            OrgService orgs,
            AuditTrail audit,
            ApplicationDetails details) {
        this.applications = applications;
        this.access = access;
        this.orgs = orgs;
        this.audit = audit;
        this.details = details;
    }

    /**
     * Creates a draft. A retry carrying the same {@code idempotencyKey} returns the draft the first
     * request created instead of a second one.
     */
    @Transactional
    ApplicationDetail create(ApplicationForm form, String idempotencyKey, CurrentUser user) {
        ApplicationAccess.requireApplicant(user);
        String token =
                idempotencyKey == null || idempotencyKey.isBlank() ? null : user.id() + ":" + idempotencyKey.strip();
        if (token != null && token.length() > 64) {
            throw ApiException.badRequest("Idempotency-Key 过长");
        }
        if (token != null) {
            var existing = applications.findByClientToken(token);
            if (existing.isPresent()) {
                return details.of(existing.get(), user);
            }
        }
        requireOwnLead(form, user);
        check(form);
        ApplicationRow row = new ApplicationRow();
        row.apply(form);
        row.leadOrgId = user.orgId();
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
            return details.of(applications.findByClientToken(token).orElseThrow(() -> e), user);
        }
        saveOrgs(row.id, form);
        audit.record(SUBJECT, row.id, AuditAction.CREATED, user.getUsername(), user.displayName(), null, null);
        return details.of(row.id, user);
    }

    @Transactional
    ApplicationDetail update(long id, ApplicationForm form, CurrentUser user) {
        ApplicationRow row = access.lockOwn(id, user);
        if (!row.status.editable()) {
            throw ApiException.conflict("申请已" + row.status.label() + "，不能修改");
        }
        requireOwnLead(form, user);
        check(form);
        row.apply(form);
        row.leadOrgId = user.orgId();
        row.updatedAt = Clock.now();
        applications.updateForm(row);
        saveOrgs(id, form);
        audit.record(SUBJECT, id, AuditAction.UPDATED, user.getUsername(), user.displayName(), null, null);
        return details.of(id, user);
    }

    /** A department applies for its own item: the lead is the applicant's organisation; others cooperate. */
    private static void requireOwnLead(ApplicationForm form, CurrentUser user) {
        if (form.leadOrgId() != null && form.leadOrgId() != user.orgId()) {
            throw ApiException.invalid(Map.of("leadOrgId", "牵头部门须为本单位；其他部门请列为配合部门"));
        }
    }

    private void check(ApplicationForm form) {
        Map<String, String> errors = new HashMap<>();
        if (SubmissionRules.blank(form.itemName())) {
            errors.put("itemName", "请填写事项名称");
        }
        Set<Long> referenced = new HashSet<>(form.cooperatingOrgIds());
        referenced.addAll(form.targetTownshipIds());
        referenced.addAll(form.targetVillageIds());
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
        if (!form.targetVillageIds().stream()
                .allMatch(i -> found.containsKey(i) && found.get(i).type() == OrgType.VILLAGE)) {
            errors.put("targetVillageIds", "指定的村(社区)不存在");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void saveOrgs(long id, ApplicationForm form) {
        applications.deleteOrgs(id);
        form.cooperatingOrgIds().forEach(o -> applications.insertOrg(id, o, ApplicationMapper.COOPERATING));
        if (form.targetScope() == TargetScope.SELECTED) {
            form.targetTownshipIds().forEach(o -> applications.insertOrg(id, o, ApplicationMapper.TOWNSHIP));
            form.targetVillageIds().forEach(o -> applications.insertOrg(id, o, ApplicationMapper.VILLAGE));
        }
    }
}
