package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation: the clue's status follows the step it reached, and a unit's
 * verification keeps its time limit (for the response rate).
 */
@Component("clueStepListener")
class StepListener implements TaskListener {

    private final ClueSteps steps;

    StepListener(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.enteredStep(ClueVariables.clueId(task), task.getTaskDefinitionKey());
        if (ClueProcess.TASK_VERIFY.equals(task.getTaskDefinitionKey())) {
            steps.verificationDue(ClueVariables.unitKey(task), task.getDueDate());
        }
    }
}
