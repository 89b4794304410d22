package cn.jianfu.workflow.calendar;

import cn.jianfu.common.TextLimits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a special day must satisfy, with one Chinese message per offending field ({@code date},
 * {@code kind}, {@code name}), all found at once. That a date is listed once only is the service's
 * check (a conflict, not a typing mistake).
 */
final class SpecialDayRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private SpecialDayRules() {}

    /** The name as stored: without surrounding spaces. */
    static String name(SpecialDayForm form) {
        return form == null || form.name() == null ? "" : form.name().strip();
    }

    static Map<String, String> check(SpecialDayForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = form == null ? null : form.date();
        SpecialDayKind kind = form == null ? null : form.kind();
        if (date == null) {
            errors.put("date", "请选择日期");
        } else if (!yearAllowed(date.getYear())) {
            errors.put("date", "日期须在" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间");
        }
        if (kind == null) {
            errors.put("kind", "请选择放假或调休上班");
        } else if (kind == SpecialDayKind.MAKEUP_WORKDAY && date != null && !WorkingDays.isWeekend(date)) {
            errors.put("kind", "调休上班只能设在周六或周日，" + shown(date) + "本来就是工作日");
        }
        String name = name(form);
        if (name.isEmpty()) {
            errors.put("name", "请填写节日名称");
        } else if (TextLimits.exceeds(name, TextLimits.SPECIAL_DAY_NAME)) {
            errors.put("name", "节日名称不能超过" + TextLimits.SPECIAL_DAY_NAME + "个字");
        } else if (CONTROL.matcher(name).find()) {
            errors.put("name", "节日名称不能包含换行或制表符");
        }
        return errors;
    }

    static boolean yearAllowed(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** {@code 2026-10-01（周四）}. */
    static String shown(LocalDate date) {
        return date + "（" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "）";
    }

    /** How the audit trail and conflicts name a day: {@code 2026-10-01（周四）放假：国庆节}. */
    static String describe(LocalDate date, SpecialDayKind kind, String name) {
        return shown(date) + kind.label() + "：" + name;
    }
}
