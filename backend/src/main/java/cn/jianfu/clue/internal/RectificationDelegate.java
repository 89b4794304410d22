package cn.jianfu.clue.internal;

import cn.jianfu.clue.ClueService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After joint verification: the units found at fault rectify; none means straight to the reply. */
@Component("clueRectificationDelegate")
class RectificationDelegate implements JavaDelegate {

    private final ClueService clues;

    RectificationDelegate(ClueService clues) {
        this.clues = clues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Variables.setRectification(execution, clues.prepareRectification(Variables.clueId(execution)));
    }
}
