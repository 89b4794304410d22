package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes (办结) a clue, after the reporter's rating or when the rating period ran out. */
@Component("clueCloseDelegate")
class CloseDelegate implements JavaDelegate {

    private final ClueService clues;

    CloseDelegate(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clues.close(Variables.clueId(execution));
    }
}
