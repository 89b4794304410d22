package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueProcess;
import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.VariableScope;

final class Variables {

    private Variables() {}

    static long clueId(VariableScope scope) {
        return ((Number) scope.getVariable(ClueProcess.VAR_CLUE_ID)).longValue();
    }

    static void setRectification(VariableScope scope, ClueService.Rectification r) {
        scope.setVariable(ClueProcess.VAR_RECTIFY_UNIT_KEYS, new java.util.ArrayList<>(r.unitKeys()));
        scope.setVariable(ClueProcess.VAR_RECTIFY_GROUPS, new java.util.ArrayList<>(r.candidateGroups()));
        scope.setVariable(ClueProcess.VAR_NEEDS_RECTIFICATION, r.needed());
    }
}
