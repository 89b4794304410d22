package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a clue the office did not accept; the reason the office gave goes back to the reporter. */
@Component("clueNotAcceptedDelegate")
class NotAcceptedDelegate implements JavaDelegate {

    private final ClueSteps steps;

    NotAcceptedDelegate(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markNotAccepted(ClueVariables.clueId(execution));
    }
}
