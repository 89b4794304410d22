package cn.jianfu.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;

/** Where a process instance stands and where it has been, as activity ids for the diagram highlight. */
@Service
public class ProcessProgress {

    private final HistoryService history;

    ProcessProgress(HistoryService history) {
        this.history = history;
    }

    /** {@code activeActivityIds} and {@code completedActivityIds}; both empty when there is no instance yet. */
    public Map<String, List<String>> of(String processInstanceId) {
        Set<String> active = new LinkedHashSet<>();
        Set<String> completed = new LinkedHashSet<>();
        if (processInstanceId != null) {
            history.createHistoricActivityInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .orderByHistoricActivityInstanceStartTime()
                    .asc()
                    .list()
                    .forEach(a -> (a.getEndTime() == null ? active : completed).add(a.getActivityId()));
        }
        completed.removeAll(active);
        return Map.of("activeActivityIds", List.copyOf(active), "completedActivityIds", List.copyOf(completed));
    }
}
