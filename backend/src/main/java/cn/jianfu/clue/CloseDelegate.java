package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes (办结) a clue, after the reporter's rating or when the rating period ran out. */
@Component("clueCloseDelegate")
class CloseDelegate implements JavaDelegate {

    private final ClueSteps steps;

    CloseDelegate(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close(ClueVariables.clueId(execution));
    }
}
