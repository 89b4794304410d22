package cn.jianfu.workflow.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;

@Schema(description = "工作日历中的一天：法定节假日放假或调休上班")
public record SpecialDay(
        long id,
        @Schema(description = "日期") LocalDate date,
        @Schema(description = "HOLIDAY 放假（周一至周五也不算工作日），MAKEUP_WORKDAY 调休上班（周六、周日也算工作日）") SpecialDayKind kind,
        @Schema(description = "所属节日，如春节、国庆节") String name,
        @Schema(description = "最后修改人姓名；随系统初始化写入的为「系统」") String changedBy,
        @Schema(description = "最后修改时间") LocalDateTime changedAt) {}
