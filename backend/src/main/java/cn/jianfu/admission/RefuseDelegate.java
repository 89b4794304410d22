package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives a refused application with the reason the deciding reviewer or approver gave. */
@Component("admissionRefuseDelegate")
class RefuseDelegate implements JavaDelegate {

    private final AdmissionSteps steps;

    RefuseDelegate(AdmissionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.refuse(AdmissionVariables.applicationId(execution));
    }
}
