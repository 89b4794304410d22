package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionPreCheckDelegate")
class PreCheckDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    PreCheckDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.runPreCheck(AdmissionVariables.applicationId(execution));
    }
}
