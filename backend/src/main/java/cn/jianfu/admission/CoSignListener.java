package cn.jianfu.admission;

import static cn.jianfu.admission.AdmissionProcess.VAR_CO_SIGN_ROUND;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each instance of the co-signing step (加签人会签) to its co-signer: the n-th instance of a
 * round to the n-th co-signer the reviewer added, and remembers which step is whose.
 */
@Component("admissionCoSignListener")
class CoSignListener implements TaskListener {

    private final CoSignerMapper coSigners;

    CoSignListener(CoSignerMapper coSigners) {
        this.coSigners = coSigners;
    }

    @Override
    public void notify(DelegateTask task) {
        String round = (String) task.getVariable(VAR_CO_SIGN_ROUND);
        int index = ((Number) task.getVariable("loopCounter")).intValue();
        List<CoSignerRow> rows = coSigners.findByRound(round);
        if (index >= rows.size()) {
            throw new IllegalStateException("co-signer " + index + " of round " + round + " is gone");
        }
        CoSignerRow row = rows.get(index);
        task.setAssignee(row.signerUsername);
        coSigners.attachTask(row.id, task.getId());
    }
}
