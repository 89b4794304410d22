package cn.jianfu.clue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the clue page shows of the 12345-style work-order practice: returns (退单), extensions (延期). */
@Component
class ClueWorkOrders {

    private final ClueReturnMapper returns;
    private final ClueExtensionMapper extensions;

    ClueWorkOrders(ClueReturnMapper returns, ClueExtensionMapper extensions) {
        this.returns = returns;
        this.extensions = extensions;
    }

    List<ClueReturn> returns(long clueId) {
        return returns.findByClue(clueId).stream().map(ClueReturnRow::view).toList();
    }

    /** A request still pending on a step that is no longer open shows as lapsed. */
    List<ClueExtension> extensions(long clueId, List<ClueDetail.CurrentTask> open) {
        Set<String> openIds = open.stream().map(ClueDetail.CurrentTask::taskId).collect(Collectors.toSet());
        return extensions.findByClue(clueId).stream().map(e -> e.view(openIds)).toList();
    }
}
