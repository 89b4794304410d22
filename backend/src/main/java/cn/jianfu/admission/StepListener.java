package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's creation: the application's status follows the step it reached. */
@Component("admissionStepListener")
class StepListener implements TaskListener {

    private final AdmissionSteps steps;

    StepListener(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.enteredStep(AdmissionVariables.applicationId(task), task.getTaskDefinitionKey());
    }
}
