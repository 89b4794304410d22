package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After joint verification: the units found at fault rectify; none means straight to the reply. */
@Component("clueRectificationDelegate")
class RectificationDelegate implements JavaDelegate {

    private final ClueSteps steps;

    RectificationDelegate(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClueVariables.setRectification(execution, steps.prepareRectification(ClueVariables.clueId(execution)));
    }
}
