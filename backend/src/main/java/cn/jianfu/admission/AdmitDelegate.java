package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionAdmitDelegate")
class AdmitDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    AdmitDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.admit(AdmissionVariables.applicationId(execution));
    }
}
