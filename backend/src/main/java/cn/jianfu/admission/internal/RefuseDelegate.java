package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionProcess;
import cn.jianfu.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives a refused application with the reason the deciding reviewer or approver gave. */
@Component("admissionRefuseDelegate")
class RefuseDelegate implements JavaDelegate {

    private final AdmissionService admission;

    RefuseDelegate(AdmissionService admission) {
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admission.refuse(Variables.applicationId(execution), (String)
                execution.getVariable(AdmissionProcess.VAR_DECISION_COMMENT));
    }
}
