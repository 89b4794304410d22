package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueProcess;
import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a clue merged into another one, which carries on for both. */
@Component("clueMergedDelegate")
class MergedDelegate implements JavaDelegate {

    private final ClueService clues;

    MergedDelegate(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clues.markMerged(
                Variables.clueId(execution), ((Number) execution.getVariable(ClueProcess.VAR_MERGE_INTO)).longValue());
    }
}
