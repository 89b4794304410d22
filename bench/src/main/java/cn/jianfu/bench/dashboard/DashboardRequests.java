package cn.jianfu.bench.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests the dashboard page makes (frontend/src/features/dashboard/api: clues and admission
 * for the period, the warning card, the burden section) and the burden page's shares by category —
 * the clue and admission figures with the page's default period (none: all time) and with the last
 * year. Townships and villages get no admission figures (the page does not ask; the server says 403).
 */
final class DashboardRequests {

    private DashboardRequests() {}

    static List<String> of(boolean admission, LocalDate today) {
        String year = "?from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
        List<String> requests = new ArrayList<>();
        requests.add("/api/monitor/clues");
        requests.add("/api/monitor/clues" + year);
        if (admission) {
            requests.add("/api/monitor/admission");
            requests.add("/api/monitor/admission" + year);
        }
        requests.add("/api/warnings/summary");
        requests.add("/api/burden/townships");
        requests.add("/api/burden/villages?size=10");
        requests.add("/api/burden/shares?by=department");
        requests.add("/api/burden/shares?by=category");
        return requests;
    }
}
