package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reporter was not satisfied and asked for it: back into rectification, once. */
@Component("clueReopenDelegate")
class ReopenDelegate implements JavaDelegate {

    private final ClueSteps steps;

    ReopenDelegate(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClueVariables.setRectification(execution, steps.reopen(ClueVariables.clueId(execution)));
    }
}
