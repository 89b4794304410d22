package cn.jianfu.admission;

import cn.jianfu.testing.EngineClock;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Applications for the dashboard's tests, through the real use cases with the engine clock set, in
 * 1987 (a year no other test uses). Review and approval are due 5 working days after the step began.
 *
 * <pre>
 * app  department  submitted    what happened                                                   status
 * A1   A           03-02 09:00  reviewed (pass) 03-04 09:00 = 48 h, in time; approved 03-16 09:00  ADMITTED
 *                               = 288 h, late (due 03-11 09:00)
 * A2   A           03-03 09:00  returned for revision 03-03 15:00 = 6 h, in time                  RETURNED
 * A3   B           03-05 09:00  refused in review 03-13 09:00 = 192 h, late (due 03-12 09:00)     REFUSED
 * A4   B           03-06 09:00  waiting for review (due 03-13 09:00, overdue at 04-20)            IN_REVIEW
 * A5   A           02-20 09:00  waiting for review (February)                                     IN_REVIEW
 * </pre>
 */
@TestComponent
public class DashboardAdmissionFixture {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Decisions decisions;

    public void create(County c) {
        submit(c, true, "A5", at(2, 20, 9));

        ApplicationDetail a1 = submit(c, true, "A1", at(3, 2, 9));
        at(3, 4, 9);
        a1 = decisions.review(a1.currentTask().taskId(), ReviewDecision.PASS, null, c.reviewer());
        at(3, 16, 9);
        decisions.approve(a1.currentTask().taskId(), ApprovalDecision.APPROVE, "同意", c.approver());

        ApplicationDetail a2 = submit(c, true, "A2", at(3, 3, 9));
        at(3, 3, 15);
        decisions.review(a2.currentTask().taskId(), ReviewDecision.RETURN, "请补充依据", c.reviewer());

        ApplicationDetail a3 = submit(c, false, "A3", at(3, 5, 9));
        at(3, 13, 9);
        decisions.review(a3.currentTask().taskId(), ReviewDecision.REFUSE, "属于负面清单事项", c.reviewer());

        submit(c, false, "A4", at(3, 6, 9));
    }

    /** Moves the engine clock (and with it the application's) to a moment of 1987. */
    private static LocalDateTime at(int month, int day, int hour) {
        LocalDateTime time = LocalDateTime.of(1987, month, day, hour, 0);
        EngineClock.set(time);
        return time;
    }

    private ApplicationDetail submit(County c, boolean deptA, String name, LocalDateTime when) {
        var applicant = deptA ? c.applicantA() : c.applicantB();
        var dept = deptA ? c.deptA() : c.deptB();
        ApplicationDetail draft =
                drafts.create(TestCounty.form("驾驶舱测试事项" + name + c.suffix(), dept, c.township()), null, applicant);
        return submissions.submit(draft.id(), applicant);
    }
}
