package cn.jianfu.clue;

import cn.jianfu.org.OrgForm;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserForm;
import cn.jianfu.org.UserService;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Clues for the dashboard's tests, taken through the real use cases with the engine clock set, in
 * 1987 (a year no other test uses). Units: A and B (county departments), V1 and V2 (villages of the
 * county's township T), V3 (village of a second township T2). Time limits: verification 15
 * working days; 1987-03-02 is a Monday.
 *
 * <pre>
 * clue  received     category     what happened                                          status
 * C1    03-02 09:00  FINGERTIP    A: verified 03-05 (in time), substantiated, plan by      CLOSED, satisfied
 *                                 03-20, reported 03-10, accepted, replied, rated satisfied
 * C2    03-03 09:00  FINGERTIP    V1 + B (dual): V1 substantiated 03-04; B not             CLOSED, unsatisfied
 *                                 substantiated 03-30 (late, due 03-24 10:00); V1 plan by
 *                                 04-03, reported 04-06 (late), accepted, rated unsatisfied
 * C3    03-04 09:00  INSPECTIONS  A: never verified (due 03-25 10:00, passed)             VERIFYING
 * C4    03-05 09:00  INSPECTIONS  not accepted                                            NOT_ACCEPTED
 * C5    03-06 09:00  MEETINGS     awaiting triage                                         TRIAGE
 * C6    03-09 09:00  MEETINGS     V3: partly substantiated 03-10, plan by 03-31, no report RECTIFYING
 * C7    03-10 09:00  FINGERTIP    V2: not substantiated 03-11, replied, not rated          RATING
 * C8    02-27 09:00  FINGERTIP    A: not substantiated 03-02, replied, rated satisfied     CLOSED (February)
 * C9    04-01 09:00  FINGERTIP    V1: not yet verified (due 04-22)                        VERIFYING (April)
 * </pre>
 *
 * The dashboard is read at {@link #NOW}.
 */
@TestComponent
public class DashboardClueFixture {

    public static final LocalDateTime NOW = LocalDateTime.of(1987, 4, 20, 10, 0);

    private int year;

    @Autowired
    ClueIntake intake;

    @Autowired
    ClueTriage triage;

    @Autowired
    UnitTasks units;

    @Autowired
    OfficeTasks office;

    @Autowired
    CluePortal portal;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    @Autowired
    TaskService taskService;

    /** The fixture's units and users, besides the county's own. */
    public record Units(
            OrgUnit a,
            OrgUnit b,
            OrgUnit v1,
            OrgUnit v2,
            OrgUnit v3,
            OrgUnit t2,
            CurrentUser townshipUser,
            CurrentUser v2User,
            CurrentUser v3User) {}

    public Units create(County c) {
        return create(c, 1987);
    }

    /** The same clues in {@code year}, which must have 1987's calendar (1998 has). */
    public Units create(County c, int year) {
        this.year = year;
        OrgUnit t2 = orgs.create(new OrgForm("T2" + c.suffix(), "河口镇" + c.suffix(), OrgType.TOWNSHIP, null));
        OrgUnit v3 = orgs.create(new OrgForm("V3" + c.suffix(), "柳家村" + c.suffix(), OrgType.VILLAGE, t2.id()));
        Units u = new Units(
                c.deptA(),
                c.deptB(),
                c.village1(),
                c.village2(),
                v3,
                t2,
                user("twp" + c.suffix(), c.township()),
                user("v2u" + c.suffix(), c.village2()),
                user("v3u" + c.suffix(), v3));
        ClueTesting t = new ClueTesting(orgs, users, taskService);
        CurrentUser off = c.officer();
        CurrentUser a = c.applicantA();
        CurrentUser b = c.applicantB();
        CurrentUser v1 = c.villager();

        long c8 = receive(c, ClueCategory.FINGERTIP_FORMALISM, at(2, 27, 9));
        assign(t, c8, off, at(2, 27, 10), u.a());
        verify(t, c8, u.a(), a, VerificationOutcome.NOT_SUBSTANTIATED, at(3, 2, 9));
        reply(t, c8, off, at(3, 2, 15));
        rate(c8, Rating.SATISFIED, at(3, 3, 9));

        long c1 = receive(c, ClueCategory.FINGERTIP_FORMALISM, at(3, 2, 9));
        assign(t, c1, off, at(3, 2, 10), u.a());
        verify(t, c1, u.a(), a, VerificationOutcome.SUBSTANTIATED, at(3, 5, 9));
        plan(t, c1, u.a(), a, LocalDate.of(year, 3, 20), at(3, 6, 9));
        report(t, c1, u.a(), a, at(3, 10, 9));
        accept(t, c1, off, at(3, 11, 9));
        reply(t, c1, off, at(3, 12, 9));
        rate(c1, Rating.SATISFIED, at(3, 13, 9));

        long c2 = receive(c, ClueCategory.FINGERTIP_FORMALISM, at(3, 3, 9));
        assign(t, c2, off, at(3, 3, 10), u.v1(), u.b());
        verify(t, c2, u.v1(), v1, VerificationOutcome.SUBSTANTIATED, at(3, 4, 9));

        long c3 = receive(c, ClueCategory.INSPECTIONS, at(3, 4, 9));
        assign(t, c3, off, at(3, 4, 10), u.a());

        long c4 = receive(c, ClueCategory.INSPECTIONS, at(3, 5, 9));
        triage.triage(
                t.taskId(c4, ClueProcess.TASK_TRIAGE),
                new TriageForm(TriageDecision.NOT_ACCEPTED, "不属于形式主义问题，不予受理", null, null, false),
                off);

        receive(c, ClueCategory.MEETINGS_AND_DOCUMENTS, at(3, 6, 9));

        long c6 = receive(c, ClueCategory.MEETINGS_AND_DOCUMENTS, at(3, 9, 9));
        assign(t, c6, off, at(3, 9, 10), u.v3());
        verify(t, c6, u.v3(), u.v3User(), VerificationOutcome.PARTLY_SUBSTANTIATED, at(3, 10, 9));
        plan(t, c6, u.v3(), u.v3User(), LocalDate.of(year, 3, 31), at(3, 10, 15));

        long c7 = receive(c, ClueCategory.FINGERTIP_FORMALISM, at(3, 10, 9));
        assign(t, c7, off, at(3, 10, 10), u.v2());
        verify(t, c7, u.v2(), u.v2User(), VerificationOutcome.NOT_SUBSTANTIATED, at(3, 11, 9));
        reply(t, c7, off, at(3, 12, 9));

        verify(t, c2, u.b(), b, VerificationOutcome.NOT_SUBSTANTIATED, at(3, 30, 9));
        plan(t, c2, u.v1(), v1, LocalDate.of(year, 4, 3), at(3, 31, 9));
        report(t, c2, u.v1(), v1, at(4, 6, 9));
        accept(t, c2, off, at(4, 7, 9));
        reply(t, c2, off, at(4, 8, 9));
        rate(c2, Rating.UNSATISFIED, at(4, 9, 9));

        long c9 = receive(c, ClueCategory.FINGERTIP_FORMALISM, at(4, 1, 9));
        assign(t, c9, off, at(4, 1, 10), u.v1());
        EngineClock.set(NOW.withYear(year));
        return u;
    }

    /** Moves the engine clock (and with it the application's) to that moment of the fixture's year. */
    private LocalDateTime at(int month, int day, int hour) {
        LocalDateTime time = LocalDateTime.of(year, month, day, hour, 0);
        EngineClock.set(time);
        return time;
    }

    private long receive(County c, ClueCategory category, LocalDateTime when) {
        return intake.submitPublic(new ClueForm(
                        category,
                        ClueSource.PORTAL,
                        c.deptA().id(),
                        null,
                        c.village1().name(),
                        "1987年",
                        "驾驶舱测试线索：要求村里每天拍照上传打卡（" + when + "）",
                        true,
                        null,
                        null))
                .id();
    }

    private void assign(ClueTesting t, long clue, CurrentUser off, LocalDateTime when, OrgUnit... to) {
        List<Long> ids = java.util.Arrays.stream(to).map(OrgUnit::id).toList();
        triage.triage(
                t.taskId(clue, ClueProcess.TASK_TRIAGE),
                new TriageForm(TriageDecision.ASSIGN, null, null, ids, ids.size() > 1),
                off);
    }

    private void verify(
            ClueTesting t, long clue, OrgUnit unit, CurrentUser who, VerificationOutcome o, LocalDateTime when) {
        units.verify(t.taskId(clue, ClueProcess.TASK_VERIFY, unit), o, "经核查，情况如下（驾驶舱测试）", who);
    }

    private void plan(ClueTesting t, long clue, OrgUnit unit, CurrentUser who, LocalDate by, LocalDateTime when) {
        units.plan(t.taskId(clue, ClueProcess.TASK_PLAN, unit), "合并报表，停止拍照打卡", by, who);
    }

    private void report(ClueTesting t, long clue, OrgUnit unit, CurrentUser who, LocalDateTime when) {
        units.report(t.taskId(clue, ClueProcess.TASK_REPORT, unit), "已停止拍照打卡", who);
    }

    private void accept(ClueTesting t, long clue, CurrentUser off, LocalDateTime when) {
        office.checkRectification(t.taskId(clue, ClueProcess.TASK_ACCEPT), AcceptDecision.ACCEPT, null, off);
    }

    private void reply(ClueTesting t, long clue, CurrentUser off, LocalDateTime when) {
        office.reply(t.taskId(clue, ClueProcess.TASK_REPLY), "经核查已处理，感谢您的反映。", off);
    }

    private void rate(long clue, Rating rating, LocalDateTime when) {
        portal.rate(clue, rating, rating == Rating.SATISFIED ? null : "拍照打卡仍未完全停止", false);
    }

    private CurrentUser user(String username, OrgUnit org) {
        users.create(new UserForm(username, username, TestCounty.PASSWORD, org.id(), Set.of(Role.GRASSROOTS), true));
        return new CurrentUser(users.findByUsername(username).orElseThrow());
    }
}
