package cn.jianfu.admission.internal;

import cn.jianfu.admission.AdmissionProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

final class Variables {

    private Variables() {}

    static long applicationId(VariableScope scope) {
        return ((Number) scope.getVariable(AdmissionProcess.VAR_APPLICATION_ID)).longValue();
    }
}
