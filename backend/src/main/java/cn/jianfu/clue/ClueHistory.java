package cn.jianfu.clue;

import cn.jianfu.common.Clock;
import cn.jianfu.workflow.calendar.WorkingDayCalendar;
import cn.jianfu.workflow.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * A year of finished clues for the demo, so that the dashboard has something to show: written
 * straight through the mapper in the states the process leaves behind (closed with or without a
 * rating, or not accepted), with on-time and late verifications and rectifications. Finished clues
 * have no running process, so none is started. Deterministic (fixed seed).
 */
@Component
class ClueHistory {

    private static final String[] PLACES = {"村委会", "社区服务中心", "镇政府", "村民小组", "便民服务站"};
    private static final String[] PROBLEMS = {
        "要求每天在工作群上传巡查照片并打卡，占用大量时间",
        "同一事项一个月内重复下发多个通知，要求分别填报表格",
        "检查考核过多，一周内接待三批督查组",
        "要求村里为居民出具不属于村级职责的证明",
        "未经准入的事项直接下派到村，要求限期完成",
        "多个App重复注册打卡，数据层层报送",
        "创建示范评比活动要求制作大量展板和台账",
        "借调村干部到县直部门工作，影响村里日常工作",
        "属地管理名义把部门执法责任转嫁给村里",
        "会议过多，村干部每周要参加四五个会议"
    };

    private final ClueMapper clues;
    private final QueryCodeHashes hashes;
    private final WorkingDayCalendar calendar;

    ClueHistory(ClueMapper clues, QueryCodeHashes hashes, WorkingDayCalendar calendar) {
        this.clues = clues;
        this.hashes = hashes;
        this.calendar = calendar;
    }

    /** One finished clue about a department, handled by a village, the department, or both. */
    private record Plan(LocalDateTime received, ClueCategory category, long dept, long village, boolean dual) {}

    /** {@code count} clues received over the past year, about the departments, in the villages. */
    void load(int count, List<Long> departments, List<Long> villages) {
        Random random = new Random(20260101L);
        LocalDateTime now = Clock.now();
        // one hash for all: the reporters of made-up clues never follow them
        String codeHash = hashes.hash(QueryCodes.generate());
        ClueCategory[] categories = ClueCategory.values();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime received = now.minusDays(30 + random.nextInt(335))
                    .withHour(8 + random.nextInt(10))
                    .withMinute(random.nextInt(60))
                    .withSecond(0)
                    .withNano(0);
            ClueCategory category =
                    categories[Math.min(categories.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))];
            plans.add(new Plan(
                    received,
                    category,
                    departments.get(random.nextInt(departments.size())),
                    villages.get(random.nextInt(villages.size())),
                    random.nextInt(5) == 0));
        }
        plans.sort(Comparator.comparing(Plan::received));
        Map<Integer, Integer> numbers = new HashMap<>();
        // one reading of the calendar for the whole year of history
        WorkingDays days = calendar.current();
        for (Plan p : plans) {
            int year = p.received().getYear();
            int no = numbers.computeIfAbsent(year, y -> lastNumber(y)) + 1;
            numbers.put(year, no);
            write(p, "XS-%d-%04d".formatted(year, no), codeHash, days, random);
        }
        numbers.forEach((year, last) -> clues.updateCounter(year, last));
    }

    private int lastNumber(int year) {
        Integer last = clues.lockCounter(year);
        if (last == null) {
            clues.insertCounter(year);
            return 0;
        }
        return last;
    }

    private void write(Plan p, String clueNo, String codeHash, WorkingDays days, Random random) {
        ClueRow row = new ClueRow();
        row.clueNo = clueNo;
        row.category = p.category();
        row.source = random.nextInt(4) == 0 ? ClueSource.HOTLINE : ClueSource.PORTAL;
        row.reportedOrgId = p.dept();
        row.place = PLACES[random.nextInt(PLACES.length)];
        row.occurredWhen = p.received().getYear() + "年" + p.received().getMonthValue() + "月";
        row.description = PROBLEMS[random.nextInt(PROBLEMS.length)];
        row.anonymous = true;
        row.queryCodeHash = codeHash;
        row.status = ClueStatus.TRIAGE;
        row.recordedBy = row.source == ClueSource.HOTLINE ? "jianfuban" : null;
        row.createdAt = p.received();
        row.updatedAt = p.received();
        clues.insert(row);
        LocalDateTime triaged =
                days.addWorkingDays(p.received(), random.nextInt(3)).plusHours(1);
        if (random.nextInt(12) == 0) {
            clues.setNotAcceptedReason(row.id, "经研究，所反映问题不属于形式主义为基层减负的范围", triaged);
            clues.markNotAccepted(row.id, triaged);
            clues.markFirstResponse(row.id, triaged);
            clues.markTallyStale(row.id);
            return;
        }
        clues.markAssigned(row.id, p.dual(), triaged);
        clues.markFirstResponse(row.id, triaged);
        List<Long> orgs =
                p.dual() ? List.of(p.village(), p.dept()) : List.of(random.nextBoolean() ? p.village() : p.dept());
        LocalDateTime handled = triaged;
        for (Long org : orgs) {
            UnitRole role = org.equals(p.village()) ? UnitRole.GRASSROOTS : UnitRole.DEPARTMENT;
            handled = max(handled, unit(row.id, org, role, triaged, days, random));
        }
        LocalDateTime replied = days.addWorkingDays(handled, 1 + random.nextInt(2));
        clues.markReplied(row.id, "经核查已处理，感谢您对基层减负工作的关心。", replied);
        LocalDateTime closed = replied.plusDays(7);
        if (random.nextInt(100) < 65) {
            closed = replied.plusDays(1 + random.nextInt(5));
            boolean satisfied = random.nextInt(100) < 80;
            clues.recordRating(
                    row.id,
                    satisfied ? Rating.SATISFIED : Rating.UNSATISFIED,
                    satisfied ? null : "整改不够彻底",
                    RatingVia.PORTAL,
                    closed);
        }
        clues.markClosed(row.id, closed);
        clues.markTallyStale(row.id);
    }

    /** One unit's verification and, when at fault, rectification; answers when it was done. */
    private LocalDateTime unit(
            long clueId, long orgId, UnitRole role, LocalDateTime assigned, WorkingDays days, Random random) {
        ClueUnitRow u = new ClueUnitRow();
        u.clueId = clueId;
        u.orgId = orgId;
        u.unitRole = role;
        u.status = UnitStatus.VERIFYING;
        clues.insertUnit(u);
        LocalDateTime due = days.addWorkingDays(assigned, 15);
        clues.setVerifyDue(u.id, due);
        boolean late = random.nextInt(100) < 15;
        LocalDateTime verified =
                late ? due.plusDays(1 + random.nextInt(10)) : assigned.plusDays(1 + random.nextInt(14));
        verified = verified.isAfter(due) && !late ? due.minusHours(2) : verified;
        int kind = random.nextInt(100);
        VerificationOutcome outcome = kind < 55
                ? VerificationOutcome.SUBSTANTIATED
                : kind < 70 ? VerificationOutcome.PARTLY_SUBSTANTIATED : VerificationOutcome.NOT_SUBSTANTIATED;
        UnitStatus status = outcome.needsRectification() ? UnitStatus.VERIFIED : UnitStatus.NOT_SUBSTANTIATED;
        clues.recordVerification(u.id, status, outcome, "经核查，情况基本属实（演示数据）", "demo", verified);
        clues.markUnitFirstResponse(u.id, verified);
        if (!outcome.needsRectification()) {
            return verified;
        }
        LocalDateTime planned = days.addWorkingDays(verified, 1 + random.nextInt(4));
        LocalDate deadline = planned.toLocalDate().plusDays(10 + random.nextInt(20));
        clues.recordPlan(u.id, "立即停止相关做法，合并报表，减少检查频次", deadline, planned);
        LocalDateTime reported = random.nextInt(100) < 82
                ? deadline.atTime(9, 0).minusDays(random.nextInt(8))
                : deadline.atTime(9, 0).plusDays(1 + random.nextInt(10));
        clues.recordReport(u.id, "已按方案整改完毕", max(reported, planned.plusDays(1)));
        LocalDateTime accepted = days.addWorkingDays(max(reported, planned.plusDays(1)), 1);
        clues.markUnitAccepted(u.id, accepted);
        return accepted;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
