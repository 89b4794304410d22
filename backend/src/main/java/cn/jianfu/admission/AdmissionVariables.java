package cn.jianfu.admission;

import org.camunda.bpm.engine.delegate.VariableScope;

/** What the admission delegates read from the engine: the application id. */
final class AdmissionVariables {

    private AdmissionVariables() {}

    static long applicationId(VariableScope scope) {
        return ((Number) scope.getVariable(AdmissionProcess.VAR_APPLICATION_ID)).longValue();
    }
}
