package cn.jianfu.admission;

import cn.jianfu.common.Clock;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 本次修改: keeps the form as submitted each time, with the pre-check findings that stood then, and
 * tells the reviewers what a resubmission changed against the submission before it.
 */
@Component
class SubmissionSnapshots {

    private static final TypeReference<List<PreCheckFinding>> FINDINGS = new TypeReference<>() {};

    private final SubmissionMapper submissions;
    private final ApplicationMapper applications;
    private final ApplicationAccess access;
    private final OrgService orgs;
    private final ObjectMapper json;

    SubmissionSnapshots(
            SubmissionMapper submissions,
            ApplicationMapper applications,
            ApplicationAccess access,
            OrgService orgs,
            ObjectMapper json) {
        this.submissions = submissions;
        this.applications = applications;
        this.access = access;
        this.orgs = orgs;
        this.json = json;
    }

    /** Records a submission; the caller holds the application's lock. */
    void record(long applicationId, ApplicationForm form, CurrentUser user) {
        SubmissionRow row = new SubmissionRow();
        row.applicationId = applicationId;
        row.submissionNo = submissions.countFor(applicationId) + 1;
        row.formJson = write(form);
        row.priorFindingsJson = write(applications.findFindings(applicationId));
        row.submittedByUserId = user.id();
        row.submittedAt = Clock.now();
        submissions.insert(row);
    }

    /** What the latest submission changed, for anyone who may read the application (404 otherwise). */
    ApplicationChanges changes(long applicationId, CurrentUser user) {
        access.readable(applicationId, user);
        List<SubmissionRow> lastTwo = submissions.lastTwo(applicationId);
        if (lastTwo.size() < 2) {
            return ApplicationChanges.none(lastTwo.size());
        }
        SubmissionRow now = lastTwo.get(0);
        SubmissionRow before = lastTwo.get(1);
        ApplicationForm a = read(now.formJson, ApplicationForm.class);
        ApplicationForm b = read(before.formJson, ApplicationForm.class);
        Set<Long> ids = new HashSet<>(FormDiff.orgIds(a));
        ids.addAll(FormDiff.orgIds(b));
        Map<Long, String> names = new HashMap<>();
        orgs.byIds(ids).forEach((id, org) -> names.put(id, nameOf(org)));
        List<PreCheckFinding> was = read(now.priorFindingsJson, FINDINGS);
        List<PreCheckFinding> is = applications.findFindings(applicationId);
        List<PreCheckFinding> added = new ArrayList<>(is);
        added.removeAll(was);
        List<PreCheckFinding> removed = new ArrayList<>(was);
        removed.removeAll(is);
        return new ApplicationChanges(
                true,
                now.submissionNo,
                before.submittedAt,
                now.submittedAt,
                FormDiff.between(b, a, names),
                added,
                removed);
    }

    private static String nameOf(OrgUnit org) {
        return org.name();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("申请快照无法保存", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("申请快照无法读取", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("申请快照无法读取", e);
        }
    }
}
