package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reporter was not satisfied and asked for it: back into rectification, once. */
@Component("clueReopenDelegate")
class ReopenDelegate implements JavaDelegate {

    private final ClueService clues;

    ReopenDelegate(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Variables.setRectification(execution, clues.reopen(Variables.clueId(execution)));
    }
}
