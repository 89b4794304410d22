package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("admissionPreCheckDelegate")
class PreCheckDelegate implements JavaDelegate {

    private final AdmissionService admission;

    PreCheckDelegate(AdmissionService admission) {
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        admission.runPreCheck(Variables.applicationId(execution));
    }
}
