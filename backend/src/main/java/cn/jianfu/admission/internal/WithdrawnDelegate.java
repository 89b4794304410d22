package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionWithdrawnDelegate")
class WithdrawnDelegate implements JavaDelegate {

    private final AdmissionService admission;

    WithdrawnDelegate(AdmissionService admission) {
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admission.markWithdrawn(Variables.applicationId(execution));
    }
}
