package cn.jianfu.workflow.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of calendar_special_day. */
class SpecialDayRow {

    Long id;
    LocalDate specialDate;
    SpecialDayKind kind;
    String name;
    /** The user name of who changed it last; null for the rows the migration seeded. */
    String changedBy;

    String changedByName;
    LocalDateTime changedAt;

    SpecialDay toDay() {
        return new SpecialDay(id, specialDate, kind, name, changedByName, changedAt);
    }
}
