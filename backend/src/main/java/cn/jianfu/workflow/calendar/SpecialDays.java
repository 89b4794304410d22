package cn.jianfu.workflow.calendar;

import cn.jianfu.audit.AuditAction;
import cn.jianfu.audit.AuditTrail;
import cn.jianfu.common.ApiException;
import cn.jianfu.common.Clock;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' side of the working-day calendar: a year's special days, and adding,
 * changing or removing one, each with an audit line. A change counts for deadlines computed from
 * then on; the due dates of steps already running stay as they were set.
 */
@Service
class SpecialDays {

    static final String SUBJECT = "WORKING_CALENDAR";

    private final SpecialDayMapper days;
    private final AuditTrail audit;

    SpecialDays(SpecialDayMapper days, AuditTrail audit) {
        this.days = days;
        this.audit = audit;
    }

    List<SpecialDay> list(int year) {
        if (!SpecialDayRules.yearAllowed(year)) {
            throw ApiException.invalid(
                    Map.of("year", "年份须在" + SpecialDayRules.FIRST_YEAR + "至" + SpecialDayRules.LAST_YEAR + "之间"));
        }
        return days.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(SpecialDayRow::toDay)
                .toList();
    }

    @Transactional
    public SpecialDay add(SpecialDayForm form, CurrentUser user) {
        checked(form, null);
        SpecialDayRow row = new SpecialDayRow();
        fill(row, form, user);
        try {
            days.insert(row);
        } catch (DuplicateKeyException e) {
            throw taken(row.specialDate, null);
        }
        audit.record(
                SUBJECT,
                row.id,
                AuditAction.CALENDAR_DAY_ADDED,
                user.getUsername(),
                user.displayName(),
                null,
                describe(row));
        return row.toDay();
    }

    @Transactional
    public SpecialDay change(long id, SpecialDayForm form, CurrentUser user) {
        SpecialDayRow row = days.lockById(id).orElseThrow(SpecialDays::notFound);
        checked(form, id);
        String before = describe(row);
        fill(row, form, user);
        try {
            days.update(row);
        } catch (DuplicateKeyException e) {
            throw taken(row.specialDate, null);
        }
        audit.record(
                SUBJECT,
                id,
                AuditAction.CALENDAR_DAY_CHANGED,
                user.getUsername(),
                user.displayName(),
                null,
                before + " → " + describe(row));
        return row.toDay();
    }

    @Transactional
    public void remove(long id, CurrentUser user) {
        SpecialDayRow row = days.lockById(id).orElseThrow(SpecialDays::notFound);
        days.delete(id);
        audit.record(
                SUBJECT,
                id,
                AuditAction.CALENDAR_DAY_REMOVED,
                user.getUsername(),
                user.displayName(),
                null,
                describe(row));
    }

    /** Refuses bad input (400) and a date another row already has (409); nothing is written before. */
    private void checked(SpecialDayForm form, Long self) {
        Map<String, String> errors = SpecialDayRules.check(form);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        days.findByDate(form.date())
                .filter(other -> !Objects.equals(other.id, self))
                .ifPresent(other -> {
                    throw taken(other.specialDate, other);
                });
    }

    private static void fill(SpecialDayRow row, SpecialDayForm form, CurrentUser user) {
        row.specialDate = form.date();
        row.kind = form.kind();
        row.name = SpecialDayRules.name(form);
        row.changedBy = user.getUsername();
        row.changedByName = user.displayName();
        row.changedAt = Clock.now();
    }

    private static ApiException taken(LocalDate date, SpecialDayRow other) {
        String what = other == null ? "" : "（" + other.kind.label() + "：" + other.name + "）";
        String message = SpecialDayRules.shown(date) + "已在工作日历中" + what + "，请修改那一条，不要重复添加";
        return new ApiException(HttpStatus.CONFLICT, "该日期已有安排", Map.of("date", message));
    }

    private static ApiException notFound() {
        return ApiException.notFound("该日期安排不存在，可能已被删除");
    }

    private static String describe(SpecialDayRow row) {
        return SpecialDayRules.describe(row.specialDate, row.kind, row.name);
    }
}
