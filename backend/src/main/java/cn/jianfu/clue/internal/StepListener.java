package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's creation: the clue's status follows the step it reached. */
@Component("clueStepListener")
class StepListener implements TaskListener {

    private final ClueService clues;

    StepListener(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void notify(DelegateTask task) {
        clues.enteredStep(Variables.clueId(task), task.getTaskDefinitionKey());
    }
}
