package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.testing.Escalations;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import cn.jianfu.workflow.InboxService;
import cn.jianfu.workflow.InboxTask;
import cn.jianfu.workflow.Milestone;
import cn.jianfu.workflow.MilestoneState;
import cn.jianfu.workflow.TaskActions;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through {@code bpmn/admission.bpmn}, driven through the use cases as the UI drives them. */
@JianfuTest
class AdmissionProcessIT {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Decisions decisions;

    @Autowired
    AdmissionQueries queries;

    @Autowired
    AdmissionListService list;

    @Autowired
    InboxService inbox;

    @Autowired
    TaskActions tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    TestCounty counties;

    @Autowired
    WorkingDayCalendar calendar;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ApplicationDetail submitted(String name) {
        ApplicationDetail draft = drafts.create(TestCounty.form(name, c.deptA(), c.township()), null, c.applicantA());
        return submissions.submit(draft.id(), c.applicantA());
    }

    private void assertEndedAt(ApplicationDetail app, String endEventId) {
        String pi = processInstanceOf(app.id());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(pi)
                        .activityId(endEventId)
                        .count())
                .isEqualTo(1);
    }

    private String processInstanceOf(long id) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey(AdmissionProcess.KEY)
                .singleResult()
                .getId();
    }

    private List<AuditAction> actions(ApplicationDetail app) {
        return app.history().stream().map(AuditEntry::action).toList();
    }

    @Test
    void approvedApplicationIsAdmittedToTheListForTwoYears() {
        ApplicationDetail app = submitted("农村学生营养餐公示" + c.suffix());
        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_REVIEW);
        assertThat(app.preCheck().targetVillageCount()).isEqualTo(2);
        assertThat(app.preCheck().estimatedHoursPerMonthTotal()).isEqualByComparingTo("5.0");

        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_APPROVAL);
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_APPROVE);

        app = decisions.approve(app.currentTask().taskId(), ApprovalDecision.APPROVE, "同意", c.approver());
        assertThat(app.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(app.currentTask()).isNull();
        assertThat(app.listNo()).matches("ZR-\\d{4}-\\d{3}");
        assertEndedAt(app, "End_Admitted");

        AdmissionItem item = list.get(app.admissionItemId());
        assertThat(item.itemName()).isEqualTo(app.itemName());
        assertThat(item.expiryDate()).isEqualTo(item.effectiveDate().plusYears(2));
        assertThat(list.searchPublic(app.itemName(), null, PageQuery.of(1, 10)).items())
                .extracting(hit -> hit.item().listNo())
                .containsExactly(app.listNo());
        assertThat(actions(app))
                .containsSubsequence(
                        AuditAction.CREATED,
                        AuditAction.SUBMITTED,
                        AuditAction.PRECHECKED,
                        AuditAction.REVIEWED,
                        AuditAction.APPROVED,
                        AuditAction.ADMITTED);
        // the step bar: submitted → reviewed → approved, each with its date and person's name
        assertThat(app.milestones())
                .extracting(Milestone::key, Milestone::state)
                .containsExactly(
                        tuple("SUBMITTED", MilestoneState.DONE),
                        tuple("REVIEWED", MilestoneState.DONE),
                        tuple("APPROVED", MilestoneState.DONE));
        assertThat(app.milestones())
                .extracting(m -> m.people().get(0))
                .containsExactly(
                        c.applicantA().displayName(),
                        c.reviewer().displayName(),
                        c.approver().displayName());
        assertThat(app.milestones()).allSatisfy(m -> assertThat(m.at()).isNotNull());
    }

    @Test
    void returnedApplicationIsRevisedAndResubmittedIntoReview() {
        ApplicationDetail app = submitted("村级组织挂牌清理" + c.suffix());
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.RETURN, "请补充依据", c.reviewer());
        assertThat(app.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_REVISE);
        assertThat(app.currentTask().assignee()).isEqualTo(c.applicantA().getUsername());
        assertThat(app.canEdit()).isFalse(); // the reviewer is not the applicant
        assertThat(app.milestones().get(1).state()).isEqualTo(MilestoneState.STOPPED);
        assertThat(app.milestones().get(1).outcome()).isEqualTo("RETURNED");

        ApplicationDetail mine = queries.get(app.id(), c.applicantA());
        assertThat(mine.canEdit()).isTrue();
        drafts.update(app.id(), TestCounty.form("村级组织挂牌清理（修订）" + c.suffix(), c.deptA(), c.township()), c.applicantA());
        app = submissions.submit(app.id(), c.applicantA());
        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(app.itemName()).startsWith("村级组织挂牌清理（修订）");
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_REVIEW);
        assertThat(app.milestones())
                .extracting(Milestone::state)
                .containsExactly(MilestoneState.DONE, MilestoneState.CURRENT, MilestoneState.WAITING);
        assertThat(actions(app))
                .containsSubsequence(
                        AuditAction.REVIEWED, AuditAction.UPDATED, AuditAction.RESUBMITTED, AuditAction.PRECHECKED);
        // the history's last pre-check line and the reviewers' panel describe the same findings
        AuditEntry lastPreCheck = app.history().stream()
                .filter(e -> e.action() == AuditAction.PRECHECKED)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(app.preCheck().findings()).isNotEmpty();
        assertThat(lastPreCheck.comment())
                .isEqualTo(PreCheckNote.of(app.preCheck().findings()));
        assertThat(lastPreCheck.comment()).isNotEqualTo(PreCheckNote.NOTHING_FOUND);
    }

    @Test
    void refusalAtReviewArchivesWithTheReason() {
        ApplicationDetail app = submitted("每日打卡签到" + c.suffix());
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.REFUSE, "属于负面清单事项", c.reviewer());
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.refusalReason()).isEqualTo("属于负面清单事项");
        assertThat(app.listNo()).isNull();
        assertEndedAt(app, "End_Refused");
        assertThat(queries.get(app.id(), c.applicantA()).refusalReason()).isEqualTo("属于负面清单事项");
    }

    @Test
    void refusalAtApprovalArchivesWithTheReason() {
        ApplicationDetail app = submitted("村干部坐班考勤" + c.suffix());
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        app = decisions.approve(app.currentTask().taskId(), ApprovalDecision.REFUSE, "不宜下派", c.approver());
        assertThat(app.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(app.refusalReason()).isEqualTo("不宜下派");
        assertEndedAt(app, "End_Refused");
    }

    @Test
    void approvalCanSendTheApplicationBackToReview() {
        ApplicationDetail app = submitted("文明家庭评选" + c.suffix());
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        app = decisions.approve(app.currentTask().taskId(), ApprovalDecision.RETURN, "请再核工作量", c.approver());
        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_REVIEW);
        // it was reviewed once already: the department can no longer pull it back
        assertThat(queries.get(app.id(), c.applicantA()).canWithdraw()).isFalse();
        app = decisions.review(app.currentTask().taskId(), ReviewDecision.PASS, "已核", c.reviewer());
        assertThat(app.currentTask().taskKey()).isEqualTo(AdmissionProcess.TASK_APPROVE);
    }

    @Test
    void applicantWithdrawsUntilAReviewerTakesTheTask() {
        ApplicationDetail app = submitted("入户调查问卷" + c.suffix());
        assertThat(app.canWithdraw()).isTrue();
        app = submissions.withdraw(app.id(), "重复申请", c.applicantA());
        assertThat(app.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertEndedAt(app, "End_Withdrawn");
        assertThat(actions(app)).contains(AuditAction.WITHDRAWN);

        ApplicationDetail claimed = submitted("入户调查问卷二" + c.suffix());
        tasks.claim(claimed.currentTask().taskId(), c.reviewer());
        assertThat(queries.get(claimed.id(), c.applicantA()).canWithdraw()).isFalse();
        assertThatThrownBy(() -> submissions.withdraw(claimed.id(), "重复申请", c.applicantA()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("审核人已开始审核");
        assertThat(queries.get(claimed.id(), c.applicantA()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void reviewIsRemindedBeforeAndEscalatedAfterItsDueDate() {
        LocalDateTime monday = LocalDateTime.of(2030, 3, 4, 9, 0); // a Monday
        ClockUtil.setCurrentTime(Clock.toDate(monday));
        ApplicationDetail app = submitted("防溺水巡查" + c.suffix());
        LocalDateTime due = calendar.addWorkingDays(monday, 5);
        assertThat(due).isEqualTo(LocalDateTime.of(2030, 3, 11, 9, 0)); // the weekend is skipped
        assertThat(app.currentTask().due()).isEqualTo(due);

        String pi = processInstanceOf(app.id());
        List<Job> timers = management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .orderByJobDuedate()
                .asc()
                .list();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(0).getDuedate()).isEqualTo(Clock.toDate(LocalDateTime.of(2030, 3, 8, 9, 0)));
        assertThat(timers.get(1).getDuedate()).isEqualTo(Clock.toDate(due));

        // Friday morning: only the reminder is due
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 8, 9, 30)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        InboxTask task = inboxTask(app);
        assertThat(task.dueSoon()).isTrue();
        assertThat(task.overdue()).isFalse();
        assertThat(task.escalated()).isFalse();

        // next Monday after nine: overdue, escalated to the burden-reduction office
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 11, 9, 1)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        task = inboxTask(app);
        assertThat(task.overdue()).isTrue();
        assertThat(task.escalated()).isTrue();
        assertThat(Escalations.all(inbox)).extracting(InboxTask::taskId).contains(task.taskId());
        assertThat(actions(queries.get(app.id(), c.applicantA())))
                .containsSubsequence(AuditAction.REMINDED, AuditAction.ESCALATED);
        // the step itself stays open: escalation does not decide for the reviewer
        assertThat(queries.get(app.id(), c.applicantA()).currentTask().taskKey())
                .isEqualTo(AdmissionProcess.TASK_REVIEW);
    }

    /**
     * 国庆节 2026 as seeded from the State Council's notice: 1–7 October off, Saturday 10 October
     * worked. A review started on Tuesday 29 September has five working days: 30 September,
     * 8 and 9 October, the make-up Saturday and Monday 12 October (Monday to Friday alone would
     * have ended it on 6 October, in the middle of the holiday).
     */
    @Test
    void reviewStartedBeforeTheNationalDayHolidayIsDueAfterItWithTheMakeUpSaturdayCounted() {
        LocalDateTime tuesday = LocalDateTime.of(2026, 9, 29, 9, 0);
        ClockUtil.setCurrentTime(Clock.toDate(tuesday));
        ApplicationDetail app = submitted("国庆假期前申请" + c.suffix());
        assertThat(app.currentTask().due()).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 0));

        String pi = processInstanceOf(app.id());
        List<Job> timers = management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .orderByJobDuedate()
                .asc()
                .list();
        assertThat(timers)
                .extracting(Job::getDuedate)
                .containsExactly(
                        Clock.toDate(
                                LocalDateTime.of(2026, 10, 10, 9, 0)), // a working day before: the make-up Saturday
                        Clock.toDate(LocalDateTime.of(2026, 10, 12, 9, 0)));

        // nothing is due during the holiday
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2026, 10, 7, 18, 0)));
        assertThat(runDueTimers(pi)).isZero();
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2026, 10, 10, 9, 30)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        assertThat(inboxTask(app).dueSoon()).isTrue();
        assertThat(inboxTask(app).overdue()).isFalse();
    }

    private int runDueTimers(String pi) {
        List<Job> due = management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
                .list();
        due.forEach(j -> management.executeJob(j.getId()));
        return due.size();
    }

    private InboxTask inboxTask(ApplicationDetail app) {
        return inbox.open(c.reviewer(), PageQuery.of(1, 100)).items().stream()
                .filter(t ->
                        t.processKey().equals("admission") && t.businessId().equals(String.valueOf(app.id())))
                .findFirst()
                .orElseThrow();
    }
}
