package cn.jianfu.clue;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the clue page shows of the 12345-style work-order practice: returns (退单) and call-backs (回访). */
@Component
class ClueWorkOrders {

    private final ClueReturnMapper returns;
    private final ClueCallbackMapper callbacks;

    ClueWorkOrders(ClueReturnMapper returns, ClueCallbackMapper callbacks) {
        this.returns = returns;
        this.callbacks = callbacks;
    }

    List<ClueReturn> returns(long clueId) {
        return returns.findByClue(clueId).stream().map(ClueReturnRow::view).toList();
    }

    List<ClueCallback> callbacks(long clueId) {
        return callbacks.findByClue(clueId).stream().map(ClueCallbackRow::view).toList();
    }
}
