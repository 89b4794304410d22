package cn.jianfu.monitor;

import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only statistics; the URL stays under the clue chain's, where the UI has always found it. */
@RestController
@Tag(name = "在线监管", description = "问题线索办理情况的只读统计。")
class MonitorController {

    private final ClueMonitor clues;

    MonitorController(ClueMonitor clues) {
        this.clues = clues;
    }

    @GetMapping("/api/clues/statistics")
    @Operation(
            summary = "线索统计",
            description = "减负办、核查人员和系统管理员，其他人 403。统计收到日期在 from 至 to 之间（均含当天，都可不填）的线索："
                    + "总数、受理数、办结数、办结率、按期办结率、平均办理天数、评价数、满意率，以及按类别、状态和承办单位的数量。")
    ClueStatistics clueStatistics(
            @Parameter(description = "收到日期自（含当天），yyyy-MM-dd；不填不限")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "收到日期至（含当天），yyyy-MM-dd；不填不限")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return clues.statistics(from, to, CurrentUser.get());
    }
}
