package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a clue merged into another one, which carries on for both. */
@Component("clueMergedDelegate")
class MergedDelegate implements JavaDelegate {

    private final ClueSteps steps;

    MergedDelegate(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markMerged(
                ClueVariables.clueId(execution),
                ((Number) execution.getVariable(ClueProcess.VAR_MERGE_INTO)).longValue());
    }
}
