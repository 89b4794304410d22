package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionWithdrawnDelegate")
class WithdrawnDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    WithdrawnDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markWithdrawn(AdmissionVariables.applicationId(execution));
    }
}
