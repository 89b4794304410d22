package cn.jianfu.admission.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.jianfu.admission.AdmissionProcess;

final class Variables {

    private Variables() {
    }

    static long applicationId(VariableScope scope) {
        return ((Number) scope.getVariable(AdmissionProcess.VAR_APPLICATION_ID)).longValue();
    }
}
