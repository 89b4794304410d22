package cn.jianfu.clue;

import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Demo clues: a year of finished ones written as the process leaves them (see {@link ClueHistory}),
 * so the dashboard has something to show; then some that went through the real use cases and
 * process: two alike awaiting triage (so the duplicate suggestion shows), one dual-assigned in
 * verification, one closed and published as a typical case. Not wired by itself: {@code DemoData} calls {@link #load}.
 */
@Component
public class ClueDemo {

    /** Finished clues of the past year (see {@link ClueHistory}). */
    static final int HISTORY = 320;

    /** The demo county's departments (codes as the demo data creates them). */
    private static final Set<String> DEMO_DEPARTMENTS = Set.of("JYJ", "MZJ", "YJJ", "NYJ", "WJJ", "ZJJ");

    private final ClueIntake intake;
    private final ClueTriage triage;
    private final UnitTasks units;
    private final OfficeTasks officeTasks;
    private final CluePortal portal;
    private final TypicalCases typical;
    private final UserService users;
    private final TaskService tasks;
    private final ClueHistory history;
    private final OrgService orgs;

    ClueDemo(
            ClueIntake intake,
            ClueTriage triage,
            UnitTasks units,
            OfficeTasks officeTasks,
            CluePortal portal,
            TypicalCases typical,
            UserService users,
            TaskService tasks,
            ClueHistory history,
            OrgService orgs) {
        this.history = history;
        this.orgs = orgs;
        this.intake = intake;
        this.triage = triage;
        this.units = units;
        this.officeTasks = officeTasks;
        this.portal = portal;
        this.typical = typical;
        this.users = users;
        this.tasks = tasks;
    }

    /**
     * {@code org} maps short names (edu, civil, dongguan) to ids; the user names are the office's and
     * the education bureau's demo accounts.
     */
    public void load(Map<String, Long> org, String office, String eduApplicant) {
        loadHistory(org);
        CurrentUser officer = user(office);
        CurrentUser edu = user(eduApplicant);
        intake.submitPublic(new ClueForm(
                ClueCategory.FINGERTIP_FORMALISM,
                ClueSource.PORTAL,
                org.get("edu"),
                null,
                "东关社区",
                "今年3月以来",
                "县教育局要求社区每天在工作群里上传学生防溺水巡查照片，并在三个App上重复打卡",
                true,
                null,
                null));
        intake.submitPublic(new ClueForm(
                ClueCategory.FINGERTIP_FORMALISM,
                ClueSource.PORTAL,
                org.get("edu"),
                null,
                "城关镇",
                "最近一个月",
                "教育局要求各村每天上传防溺水巡查照片到工作群，还要在App上打卡",
                false,
                "张先生",
                "13900000000"));

        long dual = intake.submitPublic(new ClueForm(
                        ClueCategory.CERTIFICATES_AND_SIGNBOARDS,
                        ClueSource.PORTAL,
                        org.get("civil"),
                        null,
                        "东关社区",
                        "上半年",
                        "民政局通过街道要求社区为居民出具二十多种证明，很多不属于社区职责",
                        true,
                        null,
                        null))
                .id();
        triage.triage(
                task(dual, ClueProcess.TASK_TRIAGE),
                new TriageForm(
                        TriageDecision.ASSIGN,
                        "问题在社区，根子在部门，双交办",
                        null,
                        List.of(org.get("dongguan"), org.get("civil")),
                        true),
                officer);

        // answered, awaiting the reporter's rating: the reporter left a phone, so the office can call back (回访)
        long callback = intake.submitPublic(new ClueForm(
                        ClueCategory.INSPECTIONS,
                        ClueSource.PORTAL,
                        org.get("edu"),
                        null,
                        "青山乡",
                        "本学期",
                        "教育局一个学期对村小组织了五次内容相同的安全检查，每次都要求村干部陪同并准备台账",
                        false,
                        "李女士",
                        "13900000001"))
                .id();
        triage.triage(
                task(callback, ClueProcess.TASK_TRIAGE),
                new TriageForm(TriageDecision.ASSIGN, null, null, List.of(org.get("edu")), false),
                officer);
        units.verify(
                task(callback, ClueProcess.TASK_VERIFY),
                VerificationOutcome.NOT_SUBSTANTIATED,
                "经查，五次检查分属不同专项，已合并为每学期一次",
                edu);
        officeTasks.reply(task(callback, ClueProcess.TASK_REPLY), "经核查，相关检查已合并为每学期一次，不再要求村干部陪同。", officer);

        ClueReceipt done = intake.record(
                new ClueForm(
                        ClueCategory.MEETINGS_AND_DOCUMENTS,
                        ClueSource.HOTLINE,
                        org.get("edu"),
                        null,
                        "青山乡",
                        "上月",
                        "来电反映：教育局一个月内就同一事项发了四个通知，要求村里分别填报",
                        true,
                        null,
                        null),
                officer);
        triage.triage(
                task(done.id(), ClueProcess.TASK_TRIAGE),
                new TriageForm(TriageDecision.ASSIGN, null, null, List.of(org.get("edu")), false),
                officer);
        units.verify(
                task(done.id(), ClueProcess.TASK_VERIFY),
                VerificationOutcome.SUBSTANTIATED,
                "经查，四个通知内容重复，均要求村里填报",
                edu);
        units.plan(
                task(done.id(), ClueProcess.TASK_PLAN),
                "合并通知，统一由学校填报",
                cn.jianfu.common.Clock.now().toLocalDate().plusDays(10),
                edu);
        units.report(task(done.id(), ClueProcess.TASK_REPORT), "已合并为一个通知，村里不再填报", edu);
        officeTasks.checkRectification(task(done.id(), ClueProcess.TASK_ACCEPT), AcceptDecision.ACCEPT, null, officer);
        officeTasks.reply(task(done.id(), ClueProcess.TASK_REPLY), "经核查问题属实，已督促县教育局合并通知，村里不再填报。", officer);
        portal.rate(done.id(), Rating.SATISFIED, "改得快", false);
        TypicalPreview preview = typical.preview(done.id(), "某部门就同一事项重复发文、要求村里多头填报，已责令合并整改。", officer);
        typical.flag(done.id(), true, preview.summary(), preview.digest(), officer);
    }

    /** Clues handled over the past year: the demo county's departments and villages, else those given. */
    private void loadHistory(Map<String, Long> org) {
        List<OrgUnit> all = orgs.all();
        List<Long> departments = all.stream()
                .filter(o -> o.type() == OrgType.COUNTY_DEPT && DEMO_DEPARTMENTS.contains(o.code()))
                .map(OrgUnit::id)
                .toList();
        List<Long> villages = all.stream()
                .filter(o -> o.type() == OrgType.VILLAGE && o.code().startsWith("V-"))
                .map(OrgUnit::id)
                .toList();
        if (departments.isEmpty() || villages.isEmpty()) {
            Long township = orgs.get(org.get("dongguan")).parentId();
            departments = List.of(org.get("edu"), org.get("civil"));
            villages = all.stream()
                    .filter(o ->
                            o.id().equals(org.get("dongguan")) || (township != null && township.equals(o.parentId())))
                    .map(OrgUnit::id)
                    .toList();
        }
        history.load(HISTORY, departments, villages);
    }

    private String task(long clueId, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(ClueProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(clueId))
                .taskDefinitionKey(taskKey)
                .list()
                .get(0)
                .getId();
    }

    private CurrentUser user(String username) {
        return new CurrentUser(users.findByUsername(username).orElseThrow());
    }
}
