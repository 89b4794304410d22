package cn.jianfu.workflow.calendar;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar, kept by administrators only: every step's time limit is counted on
 * it, including the office's own triage and reply limits, so the office does not set it.
 */
@RestController
@RequestMapping("/api/calendar/special-days")
@Tag(name = "工作日历", description = "法定节假日放假和调休上班的日期（系统管理员维护）：各环节办理时限按工作日计算，周一至周五除放假日外、周六周日仅调休上班日算工作日。")
@PreAuthorize("hasRole('ADMIN')")
class CalendarController {

    private final SpecialDays days;

    CalendarController(SpecialDays days) {
        this.days = days;
    }

    @GetMapping
    @Operation(summary = "某年的放假和调休安排", description = "仅系统管理员。按日期排序；年份须在2000至2099之间，否则 400。")
    List<SpecialDay> list(@Parameter(description = "年份，如 2026") @RequestParam int year) {
        return days.list(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "新增一天",
            description = "仅系统管理员。填写有误 400（逐项说明）；该日期已有安排 409。此后计算的办理时限即按新日历，" + "已在办环节的到期时间不变。记入审计。")
    SpecialDay add(@RequestBody SpecialDayForm form) {
        return days.add(form, CurrentUser.get());
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改一天", description = "仅系统管理员。规则同新增；不存在 404，改成的日期已有安排 409。")
    SpecialDay change(@PathVariable long id, @RequestBody SpecialDayForm form) {
        return days.change(id, form, CurrentUser.get());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除一天", description = "仅系统管理员。删除后该日按普通周一至周日计算；不存在 404。记入审计。")
    void remove(@PathVariable long id) {
        days.remove(id, CurrentUser.get());
    }
}
