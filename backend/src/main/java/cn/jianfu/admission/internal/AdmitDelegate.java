package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionAdmitDelegate")
class AdmitDelegate implements JavaDelegate {

    private final AdmissionService admission;

    AdmitDelegate(AdmissionService admission) {
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admission.admit(Variables.applicationId(execution));
    }
}
