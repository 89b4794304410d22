package cn.jianfu.clue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the assignment of a unit's verification (Task_Verify): someone of the unit or the
 * verification team took it (签收, 转办, or claimed on completing it), which is the unit's first
 * response (响应) when it had none. Handing it back (取消签收) is no response.
 */
@Component("clueResponseListener")
class ResponseListener implements TaskListener {

    private final ClueSteps steps;

    ResponseListener(ClueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            steps.unitResponded(ClueVariables.unitKey(task));
        }
    }
}
