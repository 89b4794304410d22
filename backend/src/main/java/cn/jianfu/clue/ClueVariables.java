package cn.jianfu.clue;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the clue delegates read from and write to the engine: ids, flags and candidate groups only. */
final class ClueVariables {

    private ClueVariables() {}

    static long clueId(VariableScope scope) {
        return ((Number) scope.getVariable(ClueProcess.VAR_CLUE_ID)).longValue();
    }

    /** The {@code clue_unit} id a task of the per-unit subprocesses is about. */
    static long unitKey(VariableScope scope) {
        return Long.parseLong(String.valueOf(scope.getVariable(ClueProcess.VAR_UNIT_KEY)));
    }

    static void setRectification(VariableScope scope, ClueSteps.Rectification r) {
        scope.setVariable(ClueProcess.VAR_RECTIFY_UNIT_KEYS, new ArrayList<>(r.unitKeys()));
        scope.setVariable(ClueProcess.VAR_RECTIFY_GROUPS, new ArrayList<>(r.candidateGroups()));
        scope.setVariable(ClueProcess.VAR_NEEDS_RECTIFICATION, r.needed());
    }
}
