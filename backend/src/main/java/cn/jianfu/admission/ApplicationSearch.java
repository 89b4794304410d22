package cn.jianfu.admission;

import java.time.LocalDateTime;

/**
 * Filters of the application lists. {@code applicantOrgId} limits to one department (its drafts
 * included); without it drafts are never listed. The rest are the supervision dashboard's
 * drill-downs: {@code deptOrgId} one department's submitted applications, {@code from}/{@code to}
 * submitted in {@code [from, to)}, {@code returned} sent back for revision at least once,
 * {@code step} (a user task id) gone through that step, {@code late} with that step finished after
 * its due date, {@code overdue} waiting at a step past its due date at {@code now}.
 */
record ApplicationSearch(
        Long applicantOrgId,
        ApplicationStatus status,
        String keyword,
        Long deptOrgId,
        LocalDateTime from,
        LocalDateTime to,
        Boolean returned,
        String step,
        boolean late,
        boolean overdue,
        LocalDateTime now) {

    ApplicationSearch(Long applicantOrgId, ApplicationStatus status, String keyword) {
        this(applicantOrgId, status, keyword, null, null, null, null, null, false, false, null);
    }
}
