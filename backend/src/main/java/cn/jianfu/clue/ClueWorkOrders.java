package cn.jianfu.clue;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the clue page shows of the 12345-style work-order practice: returns (退单). */
@Component
class ClueWorkOrders {

    private final ClueReturnMapper returns;

    ClueWorkOrders(ClueReturnMapper returns) {
        this.returns = returns;
    }

    List<ClueReturn> returns(long clueId) {
        return returns.findByClue(clueId).stream().map(ClueReturnRow::view).toList();
    }
}
