package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's creation: the application's status follows the step it reached. */
@Component("admissionStepListener")
class StepListener implements TaskListener {

    private final AdmissionService admission;

    StepListener(AdmissionService admission) {
        this.admission = admission;
    }

    @Override
    public void notify(DelegateTask task) {
        admission.enteredStep(Variables.applicationId(task), task.getTaskDefinitionKey());
    }
}
