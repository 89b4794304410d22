package cn.jianfu.clue;

import static cn.jianfu.clue.ClueProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.common.PageQuery;
import cn.jianfu.monitor.ClueMonitor;
import cn.jianfu.monitor.ClueStatistics;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.Escalations;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import cn.jianfu.workflow.InboxService;
import cn.jianfu.workflow.InboxTask;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through {@code bpmn/clue.bpmn}, driven through the services as the UI and the portal drive them. */
@JianfuTest
class ClueProcessIT {

    @Autowired
    ClueIntake intake;

    @Autowired
    ClueTriage triaging;

    @Autowired
    UnitTasks unitTasks;

    @Autowired
    OfficeTasks officeTasks;

    @Autowired
    CluePortal portal;

    @Autowired
    ClueQueries queries;

    @Autowired
    TypicalCases typicalCases;

    @Autowired
    ClueMonitor monitor;

    @Autowired
    ClueMapper mapper;

    @Autowired
    InboxService inbox;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    TestCounty counties;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    County c;
    ClueTesting t;
    CurrentUser verifier;

    @BeforeEach
    void county() {
        c = counties.create();
        t = new ClueTesting(orgs, users, taskService);
        verifier = t.verifier(c);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ClueReceipt submitted(String description) {
        return intake.submitPublic(ClueTesting.form(c, description + c.suffix()));
    }

    private ClueDetail assign(ClueReceipt r, boolean dual, Long... unitIds) {
        return triaging.triage(
                t.taskId(r.id(), TASK_TRIAGE),
                new TriageForm(TriageDecision.ASSIGN, "请核查", null, List.of(unitIds), dual),
                c.officer());
    }

    private void rectify(long id, CurrentUser unitUser, cn.jianfu.org.OrgUnit unit) {
        unitTasks.plan(
                t.taskId(id, TASK_PLAN, unit),
                "立即停用相关App，清理工作群",
                Clock.now().toLocalDate().plusDays(20),
                unitUser);
        unitTasks.report(t.taskId(id, TASK_REPORT, unit), "已全部停用并通报", unitUser);
        officeTasks.checkRectification(t.taskId(id, TASK_ACCEPT), AcceptDecision.ACCEPT, null, c.officer());
    }

    private void replyAndRate(long id, Rating rating) {
        officeTasks.reply(t.taskId(id, TASK_REPLY), "经核查，问题属实，已督促整改到位。", c.officer());
        portal.rate(id, rating, rating == Rating.SATISFIED ? null : "还没改", false);
    }

    private String processInstanceOf(long id) {
        return mapper.findById(id).orElseThrow().processInstanceId;
    }

    private void assertEndedAt(long id, String endEventId) {
        String pi = processInstanceOf(id);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(pi)
                        .activityId(endEventId)
                        .count())
                .isEqualTo(1);
    }

    private boolean passed(long id, String activityId) {
        return history.createHistoricActivityInstanceQuery()
                        .processInstanceId(processInstanceOf(id))
                        .activityId(activityId)
                        .count()
                > 0;
    }

    private List<AuditAction> actions(long id) {
        return queries.get(id, c.officer()).history().stream()
                .map(AuditEntry::action)
                .toList();
    }

    @Test
    void cluesReceivedAtOnceGetConsecutiveNumbersOfTheirOwn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<ClueReceipt> receipts = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClueReceipt>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = "同时反映的第" + i + "条：村里每天要在三个群里报送同一张表😀";
                sent.add(pool.submit(() -> {
                    start.await();
                    return intake.submitPublic(ClueTesting.form(c, text));
                }));
            }
            start.countDown();
            for (Future<ClueReceipt> f : sent) {
                receipts.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> numbers = receipts.stream()
                .map(r -> Integer.parseInt(r.clueNo().substring(r.clueNo().lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(3) - numbers.get(0))
                .as("taken one after another under the counter's lock")
                .isEqualTo(3);
        for (ClueReceipt r : receipts) {
            assertThat(mapper.findById(r.id()).orElseThrow().clueNo)
                    .as("the stored number is the receipt's")
                    .isEqualTo(r.clueNo());
        }
    }

    @Test
    void newClueWaitsForTheOfficeWithANumberAndAHashedCode() {
        ClueReceipt r = submitted("乡镇要求每个村干部每天在政务App上打卡三次并截图上传");
        assertThat(r.clueNo()).matches("XS-\\d{4}-\\d{4}");
        assertThat(r.queryCode()).hasSize(20).matches("[" + QueryCodes.ALPHABET + "]+");
        ClueRow row = mapper.findById(r.id()).orElseThrow();
        assertThat(row.queryCodeHash).startsWith(QueryCodeHashes.PREFIX).doesNotContain(r.queryCode());
        ClueDetail d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.TRIAGE);
        assertThat(d.currentTasks()).extracting(ClueDetail.CurrentTask::taskKey).containsExactly(TASK_TRIAGE);
        assertThat(inbox.open(c.officer(), PageQuery.of(1, 100)).items()).anySatisfy(task -> {
            assertThat(task.businessId()).isEqualTo(String.valueOf(r.id()));
            assertThat(task.title()).isEqualTo(r.clueNo() + " 指尖上的形式主义");
            assertThat(task.orgName()).isEqualTo(c.deptA().name());
        });
    }

    @Test
    void notAcceptedClueEndsWithTheReasonForTheReporter() {
        ClueReceipt r = submitted("反映的问题与减负无关的一般投诉内容");
        assertThatThrownBy(() -> triaging.triage(
                        t.taskId(r.id(), TASK_TRIAGE),
                        new TriageForm(TriageDecision.NOT_ACCEPTED, " ", null, null, null),
                        c.officer()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("提交的内容有误");
        ClueDetail d = triaging.triage(
                t.taskId(r.id(), TASK_TRIAGE),
                new TriageForm(TriageDecision.NOT_ACCEPTED, "不属于基层减负问题，请向12345反映", null, null, null),
                c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.NOT_ACCEPTED);
        assertThat(d.notAcceptedReason()).isEqualTo("不属于基层减负问题，请向12345反映");
        assertThat(d.closedAt()).isNotNull();
        assertEndedAt(r.id(), "End_NotAccepted");
        PublicClueView view = portal.publicView(mapper.findById(r.id()).orElseThrow());
        assertThat(view.messages()).extracting(ClueMessage::content).anyMatch(m -> m.contains("请向12345反映"));
        assertThat(view.canSupplement()).isFalse();
        assertThat(actions(r.id())).containsSubsequence(AuditAction.CLUE_RECEIVED, AuditAction.NOT_ACCEPTED);
    }

    @Test
    void aDuplicateToldInOtherWordsIsStillSuggested() {
        ClueReceipt first = intake.submitPublic(ClueTesting.form(c, "镇里要求每个村干部每天在微信群里打卡，并且拍照上传到群里留痕" + c.suffix()));
        ClueReceipt second = intake.submitPublic(ClueTesting.form(c, "每天都要在工作群签到，还得上传照片留痕，村干部苦不堪言" + c.suffix()));
        ClueReceipt other = intake.submitPublic(ClueTesting.form(c, "年底组织五次检查考核，层层加码要求各村补台账" + c.suffix()));
        assertThat(triaging.duplicates(second.id(), c.officer()))
                .extracting(DuplicateSuggestion::id)
                .contains(first.id())
                .doesNotContain(other.id());
        // the triage screen names the negative-list practices the reporter describes
        assertThat(queries.get(second.id(), c.officer()).negativePractices())
                .extracting(m -> m.practice().name())
                .contains("CHECK_IN", "PHOTO_PROOF");
    }

    @Test
    void duplicateIsSuggestedAndMergedIntoTheEarlierClue() {
        ClueReceipt first = intake.submitPublic(ClueTesting.form(c, "县教育局要求各村每周上报学生防溺水巡查照片，并在工作群里打卡"));
        ClueReceipt second = intake.submitPublic(ClueTesting.form(c, "县教育局要求各村每周上报防溺水巡查照片，还要在工作群打卡"));
        ClueReceipt other = intake.submitPublic(ClueTesting.form(c, "某部门年底组织五次检查考核，层层加码要求台账"));
        List<DuplicateSuggestion> suggestions = triaging.duplicates(second.id(), c.officer());
        assertThat(suggestions)
                .extracting(DuplicateSuggestion::id)
                .contains(first.id())
                .doesNotContain(other.id());
        assertThat(suggestions.get(0).id()).isEqualTo(first.id());

        ClueDetail d = triaging.triage(
                t.taskId(second.id(), TASK_TRIAGE),
                new TriageForm(TriageDecision.MERGE, null, first.id(), null, null),
                c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.MERGED);
        assertThat(d.mergedIntoClueNo()).isEqualTo(first.clueNo());
        assertEndedAt(second.id(), "End_Merged");
        assertThat(queries.get(first.id(), c.officer()).status()).isEqualTo(ClueStatus.TRIAGE);
        assertThat(actions(first.id())).contains(AuditAction.MERGED);
        assertThat(portal.publicView(mapper.findById(second.id()).orElseThrow()).mergedIntoClueNo())
                .isEqualTo(first.clueNo());
    }

    @Test
    void singleAssignmentSubstantiatedWithOneSendBackIsClosedAfterASatisfiedRating() {
        ClueReceipt r = submitted("县教育局要求村里每天在三个App上填报同样的数据");
        ClueDetail d = assign(r, false, c.deptA().id());
        assertThat(d.status()).isEqualTo(ClueStatus.VERIFYING);
        assertThat(d.dualAssigned()).isFalse();
        assertThat(d.units()).singleElement().satisfies(u -> {
            assertThat(u.orgId()).isEqualTo(c.deptA().id());
            assertThat(u.role()).isEqualTo(UnitRole.DEPARTMENT);
        });
        // the department and the verification team are both candidates of the verification
        assertThat(inbox.open(c.applicantA(), PageQuery.of(1, 100)).items())
                .extracting(InboxTask::taskKey)
                .contains(TASK_VERIFY);
        assertThat(inbox.open(verifier, PageQuery.of(1, 100)).items())
                .extracting(InboxTask::businessId)
                .contains(String.valueOf(r.id()));
        assertThatThrownBy(() -> unitTasks.verify(
                        t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实", c.applicantB()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("不是该任务的办理人");

        d = unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "经查属实", c.applicantA());
        assertThat(d.status()).isEqualTo(ClueStatus.RECTIFYING);
        assertThat(d.currentTasks()).singleElement().satisfies(task -> {
            assertThat(task.taskKey()).isEqualTo(TASK_PLAN);
            assertThat(task.unitName()).isEqualTo(c.deptA().name());
        });
        LocalDate deadline = Clock.now().toLocalDate().plusDays(30);
        unitTasks.plan(t.taskId(r.id(), TASK_PLAN, c.deptA()), "合并为一个填报入口", deadline, c.applicantA());
        d = queries.get(r.id(), c.officer());
        assertThat(d.currentTasks().get(0).due()).isEqualTo(deadline.plusDays(1).atStartOfDay());
        unitTasks.report(t.taskId(r.id(), TASK_REPORT, c.deptA()), "已合并", c.applicantA());
        d = officeTasks.checkRectification(
                t.taskId(r.id(), TASK_ACCEPT), AcceptDecision.SEND_BACK, "请附停用通知", c.officer());
        assertThat(d.currentTasks()).extracting(ClueDetail.CurrentTask::taskKey).containsExactly(TASK_REPORT);
        assertThat(d.units().get(0).sendBackCount()).isEqualTo(1);
        unitTasks.report(t.taskId(r.id(), TASK_REPORT, c.deptA()), "已合并，附停用通知", c.applicantA());
        d = officeTasks.checkRectification(t.taskId(r.id(), TASK_ACCEPT), AcceptDecision.ACCEPT, null, c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.REPLYING);
        assertThat(d.units().get(0).status()).isEqualTo(UnitStatus.DONE);

        d = officeTasks.reply(t.taskId(r.id(), TASK_REPLY), "已督促县教育局整改，合并填报入口。", c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.RATING);
        portal.rate(r.id(), Rating.SATISFIED, "好", false);
        d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.CLOSED);
        assertThat(d.rating()).isEqualTo(Rating.SATISFIED);
        assertEndedAt(r.id(), "End_Closed");
        assertThat(actions(r.id()))
                .containsSubsequence(
                        AuditAction.CLUE_RECEIVED,
                        AuditAction.ASSIGNED,
                        AuditAction.VERIFIED,
                        AuditAction.PLANNED,
                        AuditAction.RECTIFICATION_REPORTED,
                        AuditAction.RECTIFICATION_CHECKED,
                        AuditAction.RECTIFICATION_REPORTED,
                        AuditAction.RECTIFICATION_CHECKED,
                        AuditAction.REPLIED,
                        AuditAction.RATED,
                        AuditAction.CLOSED);
        PublicClueView view = portal.publicView(mapper.findById(r.id()).orElseThrow());
        assertThat(view.outcome()).isEqualTo("经核查，反映的问题属实");
        assertThat(view.messages()).extracting(ClueMessage::content).contains("已督促县教育局整改，合并填报入口。");
    }

    @Test
    void dualAssignmentRunsVerificationAndRectificationPerUnitInParallel() {
        ClueReceipt r = submitted("县民政局通过乡镇要求社区每月出具二十种证明");
        assertThatThrownBy(() -> assign(r, true, c.deptA().id()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).fieldErrors().get("unitIds"))
                        .contains("双交办"));
        ClueDetail d = assign(r, true, c.village1().id(), c.deptA().id());
        assertThat(d.dualAssigned()).isTrue();
        assertThat(d.units())
                .extracting(ClueDetail.Unit::role)
                .containsExactly(UnitRole.GRASSROOTS, UnitRole.DEPARTMENT);
        assertThat(d.currentTasks())
                .extracting(ClueDetail.CurrentTask::taskKey)
                .containsExactly(TASK_VERIFY, TASK_VERIFY);
        assertThat(d.currentTasks())
                .extracting(ClueDetail.CurrentTask::unitName)
                .containsExactlyInAnyOrder(c.village1().name(), c.deptA().name());
        // the village cadre cannot verify the department's part
        assertThatThrownBy(() -> unitTasks.verify(
                        t.taskId(r.id(), TASK_VERIFY, c.deptA()), VerificationOutcome.SUBSTANTIATED, "x", c.villager()))
                .isInstanceOf(ApiException.class);

        unitTasks.verify(
                t.taskId(r.id(), TASK_VERIFY, c.village1()),
                VerificationOutcome.PARTLY_SUBSTANTIATED,
                "部分证明确由社区出具",
                c.villager());
        d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.VERIFYING);
        assertThat(d.currentTasks())
                .extracting(ClueDetail.CurrentTask::unitName)
                .containsExactly(c.deptA().name());
        unitTasks.verify(
                t.taskId(r.id(), TASK_VERIFY, c.deptA()), VerificationOutcome.SUBSTANTIATED, "系部门转嫁", verifier);

        d = queries.get(r.id(), c.officer());
        assertThat(d.currentTasks()).extracting(ClueDetail.CurrentTask::taskKey).containsExactly(TASK_PLAN, TASK_PLAN);
        rectify(r.id(), c.villager(), c.village1());
        assertThat(queries.get(r.id(), c.officer()).status()).isEqualTo(ClueStatus.RECTIFYING);
        rectify(r.id(), c.applicantA(), c.deptA());
        d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.REPLYING);
        assertThat(d.units()).extracting(ClueDetail.Unit::status).containsOnly(UnitStatus.DONE);
        replyAndRate(r.id(), Rating.SATISFIED);
        assertEndedAt(r.id(), "End_Closed");
    }

    @Test
    void notSubstantiatedClueGoesStraightToTheReply() {
        ClueReceipt r = submitted("听说某局要搞创建示范评比，可能要求村里配合");
        assign(r, false, c.deptB().id());
        ClueDetail d = unitTasks.verify(
                t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.NOT_SUBSTANTIATED, "未发现相关文件", c.applicantB());
        assertThat(d.status()).isEqualTo(ClueStatus.REPLYING);
        assertThat(d.units().get(0).status()).isEqualTo(UnitStatus.NOT_SUBSTANTIATED);
        assertThat(passed(r.id(), TASK_PLAN)).isFalse();
        replyAndRate(r.id(), Rating.SATISFIED);
        assertEndedAt(r.id(), "End_Closed");
        assertThat(portal.publicView(mapper.findById(r.id()).orElseThrow()).outcome())
                .isEqualTo("经核查，反映的问题不属实");
    }

    @Test
    void unsatisfiedReporterReopensIntoRectificationOnce() {
        ClueReceipt r = submitted("县里要求每个村建立十二本台账，层层加码");
        assign(r, false, c.deptA().id());
        unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实", c.applicantA());
        rectify(r.id(), c.applicantA(), c.deptA());
        officeTasks.reply(t.taskId(r.id(), TASK_REPLY), "已整改", c.officer());
        assertThatThrownBy(() -> portal.rate(r.id(), Rating.UNSATISFIED, null, true))
                .isInstanceOf(ApiException.class); // a reason is required

        portal.rate(r.id(), Rating.UNSATISFIED, "台账还在", true);
        ClueDetail d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.RECTIFYING);
        assertThat(d.reopenCount()).isEqualTo(1);
        assertThat(d.currentTasks()).extracting(ClueDetail.CurrentTask::taskKey).containsExactly(TASK_PLAN);
        assertThat(actions(r.id())).containsSubsequence(AuditAction.RATED, AuditAction.REOPENED);

        rectify(r.id(), c.applicantA(), c.deptA());
        officeTasks.reply(t.taskId(r.id(), TASK_REPLY), "台账已清理", c.officer());
        assertThat(portal.publicView(mapper.findById(r.id()).orElseThrow()).canReopen())
                .isFalse();
        assertThatThrownBy(() -> portal.rate(r.id(), Rating.UNSATISFIED, "仍不满意", true))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("已重新整改过一次");
        portal.rate(r.id(), Rating.UNSATISFIED, "仍不满意", false);
        d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.CLOSED);
        assertThat(d.rating()).isEqualTo(Rating.UNSATISFIED);
        assertEndedAt(r.id(), "End_Closed");
    }

    @Test
    void withoutARatingWithinSevenDaysTheClueClosesByItself() {
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 5, 6, 10, 0)));
        ClueReceipt r = submitted("乡镇每周开三次会，村干部疲于应付文山会海");
        assign(r, false, c.township().id());
        unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.NOT_SUBSTANTIATED, "会议已精简", verifier);
        officeTasks.reply(t.taskId(r.id(), TASK_REPLY), "经核查不属实", c.officer());
        String pi = processInstanceOf(r.id());
        List<Job> timers = management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .activityId(TIMER_RATING_EXPIRED)
                .list();
        assertThat(timers).singleElement().satisfies(j -> assertThat(j.getDuedate())
                .isEqualTo(Clock.toDate(LocalDateTime.of(2030, 5, 13, 10, 0))));

        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 5, 12, 10, 0)));
        assertThat(runDueTimers(pi)).isZero();
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 5, 13, 10, 1)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        ClueDetail d = queries.get(r.id(), c.officer());
        assertThat(d.status()).isEqualTo(ClueStatus.CLOSED);
        assertThat(d.rating()).isNull();
        assertEndedAt(r.id(), "End_ClosedWithoutRating");
        assertThat(d.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CLOSED);
            assertThat(e.comment()).contains("未评价");
        });
        assertThatThrownBy(() -> portal.rate(r.id(), Rating.SATISFIED, null, false))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void overdueStepsAreRemindedAndEscalatedOnTheEngineClock() {
        LocalDateTime monday = LocalDateTime.of(2030, 3, 4, 9, 0);
        ClockUtil.setCurrentTime(Clock.toDate(monday));
        ClueReceipt r = submitted("县里要求各村每天在工作群接龙报平安");
        LocalDateTime due = calendar.addWorkingDays(monday, 3);
        assertThat(queries.get(r.id(), c.officer()).currentTasks().get(0).due()).isEqualTo(due);
        String pi = processInstanceOf(r.id());

        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 6, 9, 30)));
        assertThat(runDueTimers(pi)).isEqualTo(1); // the reminder
        ClockUtil.setCurrentTime(Clock.toDate(due.plusMinutes(1)));
        assertThat(runDueTimers(pi)).isEqualTo(1); // the escalation
        InboxTask triage = Escalations.all(inbox).stream()
                .filter(x ->
                        x.processKey().equals(ClueProcess.KEY) && x.businessId().equals(String.valueOf(r.id())))
                .findFirst()
                .orElseThrow();
        assertThat(triage.escalated()).isTrue();
        assertThat(triage.taskKey()).isEqualTo(TASK_TRIAGE);
        assertThat(actions(r.id())).containsSubsequence(AuditAction.REMINDED, AuditAction.ESCALATED);

        // rectification past the unit's own deadline is escalated to the office and the unit's leader
        assign(r, false, c.deptA().id());
        unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实", c.applicantA());
        LocalDate deadline = LocalDate.of(2030, 3, 20);
        unitTasks.plan(t.taskId(r.id(), TASK_PLAN, c.deptA()), "解散接龙群", deadline, c.applicantA());
        // the deadline belongs to this unit's rectification, not to the whole clue
        assertThat(runtime.getVariableLocal(pi, VAR_RECTIFY_DEADLINE)).isNull();
        assertThat(runtime.getVariables(pi)).doesNotContainKey(VAR_RECTIFY_DEADLINE);
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 20, 23, 0)));
        assertThat(runDueTimers(pi)).isZero();
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2030, 3, 21, 0, 1)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        ClueDetail d = queries.get(r.id(), c.officer());
        assertThat(d.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ESCALATED);
            assertThat(e.comment()).contains("报送整改报告").contains("承办单位负责人");
        });
        assertThat(d.currentTasks()).singleElement().satisfies(task -> {
            assertThat(task.taskKey()).isEqualTo(TASK_REPORT);
            assertThat(task.overdue()).isTrue();
        });
    }

    @Test
    void statisticsCountThePeriodAndTheRates() {
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2035, 6, 4, 9, 0)));
        ClueReceipt closed = submitted("统计用：县里要求村里重复填报");
        ClueReceipt rejected = submitted("统计用：与减负无关的问题");
        submitted("统计用：还在分办的线索");
        triaging.triage(
                t.taskId(rejected.id(), TASK_TRIAGE),
                new TriageForm(TriageDecision.NOT_ACCEPTED, "无关", null, null, null),
                c.officer());
        assign(closed, false, c.deptA().id());
        unitTasks.verify(
                t.taskId(closed.id(), TASK_VERIFY), VerificationOutcome.NOT_SUBSTANTIATED, "无", c.applicantA());
        ClockUtil.setCurrentTime(Clock.toDate(LocalDateTime.of(2035, 6, 6, 9, 0)));
        replyAndRate(closed.id(), Rating.SATISFIED);

        ClueStatistics s = monitor.statistics(LocalDate.of(2035, 6, 1), LocalDate.of(2035, 6, 30), c.officer());
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.accepted()).isEqualTo(1); // the clue still in triage is not accepted yet
        assertThat(s.closed()).isEqualTo(1);
        assertThat(s.closureRate()).isEqualTo(1.0);
        assertThat(s.onTimeRate()).isEqualTo(1.0);
        assertThat(s.averageHandlingDays()).isEqualTo(2.0);
        assertThat(s.satisfactionRate()).isEqualTo(1.0);
        assertThat(s.byCategory())
                .filteredOn(x -> x.key().equals("FINGERTIP_FORMALISM"))
                .singleElement()
                .satisfies(x -> assertThat(x.count()).isEqualTo(3));
        assertThat(s.byStatus())
                .filteredOn(x -> x.key().equals("NOT_ACCEPTED"))
                .singleElement()
                .satisfies(x -> assertThat(x.count()).isEqualTo(1));
        assertThat(s.byUnit()).singleElement().satisfies(u -> {
            assertThat(u.orgName()).isEqualTo(c.deptA().name());
            assertThat(u.count()).isEqualTo(1);
        });
        assertThat(monitor.statistics(LocalDate.of(2035, 7, 1), LocalDate.of(2035, 7, 31), c.officer())
                        .total())
                .isZero();
        assertThatThrownBy(() -> monitor.statistics(null, null, c.applicantA())).isInstanceOf(ApiException.class);
    }

    @Test
    void officeFlagsAClosedClueAsATypicalCaseWithoutReporterData() {
        ClueReceipt r = intake.submitPublic(ClueTesting.named(c, "典型：县里要求社区挂十几块牌子" + c.suffix()));
        assertThatThrownBy(() -> typicalCases.preview(r.id(), "x", c.officer()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("已办结");
        assertThatThrownBy(() -> typicalCases.flag(r.id(), true, "x", SummaryDigest.of("x"), c.officer()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("已办结");
        assign(r, false, c.deptA().id());
        unitTasks.verify(t.taskId(r.id(), TASK_VERIFY), VerificationOutcome.SUBSTANTIATED, "属实", c.applicantA());
        rectify(r.id(), c.applicantA(), c.deptA());
        replyAndRate(r.id(), Rating.SATISFIED);
        assertThatThrownBy(() -> typicalCases.preview(r.id(), "群众" + ClueTesting.NAME + "反映挂牌过多", c.officer()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).fieldErrors().get("summary"))
                        .contains("不能包含反映人"));
        TypicalPreview preview = typicalCases.preview(r.id(), "某部门要求社区挂牌过多，已责令摘除", c.officer());
        assertThat(preview.clueNo()).isEqualTo(r.clueNo());
        assertThat(mapper.findById(r.id()).orElseThrow().typical).isFalse();
        assertThatThrownBy(() -> typicalCases.flag(r.id(), true, "某部门要求社区挂牌过多", preview.digest(), c.officer()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).fieldErrors().get("summary"))
                        .contains("不一致"));
        ClueDetail d = typicalCases.flag(r.id(), true, "某部门要求社区挂牌过多，已责令摘除", preview.digest(), c.officer());
        assertThat(d.typical()).isTrue();
        assertThat(typicalCases.published(PageQuery.of(1, 100)).items()).anySatisfy(tc -> {
            assertThat(tc.clueNo()).isEqualTo(r.clueNo());
            assertThat(tc.summary()).isEqualTo("某部门要求社区挂牌过多，已责令摘除");
        });
        assertThat(typicalCases.published(PageQuery.of(1, 100)).toString())
                .doesNotContain(ClueTesting.NAME, ClueTesting.PHONE);
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
}
