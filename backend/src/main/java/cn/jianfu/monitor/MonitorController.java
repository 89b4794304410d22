package cn.jianfu.monitor;

import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only statistics; the URL stays under the clue chain's, where the UI has always found it. */
@RestController
class MonitorController {

    private final ClueMonitor clues;

    MonitorController(ClueMonitor clues) {
        this.clues = clues;
    }

    @GetMapping("/api/clues/statistics")
    ClueStatistics clueStatistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return clues.statistics(from, to, CurrentUser.get());
    }
}
