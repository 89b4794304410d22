package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueProcess;
import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a clue the office did not accept; the reason goes back to the reporter. */
@Component("clueNotAcceptedDelegate")
class NotAcceptedDelegate implements JavaDelegate {

    private final ClueService clues;

    NotAcceptedDelegate(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clues.markNotAccepted(
                Variables.clueId(execution), (String) execution.getVariable(ClueProcess.VAR_TRIAGE_COMMENT));
    }
}
