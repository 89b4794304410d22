package cn.jianfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

class TimerBranchesTest {

    private static String model(String name) throws IOException {
        try (InputStream in = TimerBranchesTest.class.getResourceAsStream("/bpmn/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BpmnModelInstance parse(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> nodeIds(BpmnModelInstance m) {
        return m.getModelElementsByType(FlowNode.class).stream()
                .map(BaseElement::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void theClueModelLosesItsRemindersAndEscalationsAndNothingElse() throws IOException {
        BpmnModelInstance before = parse(model("clue.bpmn"));
        BpmnModelInstance after = parse(TimerBranches.strip(model("clue.bpmn")));

        Set<String> gone = nodeIds(before);
        gone.removeAll(nodeIds(after));
        assertThat(gone)
                .containsExactlyInAnyOrder(
                        "Timer_TriageReminder",
                        "Task_RemindTriage",
                        "End_TriageReminded",
                        "Timer_TriageOverdue",
                        "Task_EscalateTriage",
                        "End_TriageEscalated",
                        "Timer_VerifyReminder",
                        "Task_RemindVerify",
                        "End_VerifyReminded",
                        "Timer_VerifyOverdue",
                        "Task_EscalateVerify",
                        "End_VerifyEscalated",
                        "Timer_PlanOverdue",
                        "Task_EscalatePlan",
                        "End_PlanEscalated",
                        "Timer_ReportOverdue",
                        "Task_EscalateReport",
                        "End_ReportEscalated",
                        "Timer_ReplyOverdue",
                        "Task_EscalateReply",
                        "End_ReplyEscalated");
        // the 退单 message boundary and the rating timer of the event-based gateway are part of the path
        assertThat(nodeIds(after)).contains("Event_VerifyReturned", "Task_Reassign", "Timer_RatingExpired");
        assertThat(after.getModelElementsByType(BoundaryEvent.class))
                .allSatisfy(b -> assertThat(b.getEventDefinitions()).noneMatch(d -> d instanceof TimerEventDefinition));
    }

    @Test
    void whatIsLeftHoldsTogether() throws IOException {
        for (String name : new String[] {"clue.bpmn", "admission.bpmn"}) {
            BpmnModelInstance after = parse(TimerBranches.strip(model(name)));
            Set<String> nodes = nodeIds(after);
            for (SequenceFlow flow : after.getModelElementsByType(SequenceFlow.class)) {
                assertThat(nodes)
                        .contains(flow.getSource().getId(), flow.getTarget().getId());
            }
            for (FlowNode node : after.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getOutgoing())
                        .allSatisfy(f -> assertThat(f.getSource()).isEqualTo(node));
            }
            // every shape and edge still draws something, and everything left is drawn
            Set<String> drawn = after.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> {
                        assertThat(s.getBpmnElement()).as(s.getId()).isNotNull();
                        return s.getBpmnElement().getId();
                    })
                    .collect(Collectors.toSet());
            assertThat(drawn).containsAll(nodes);
            assertThat(after.getModelElementsByType(BpmnEdge.class))
                    .allSatisfy(
                            e -> assertThat(e.getBpmnElement()).as(e.getId()).isNotNull());
        }
    }

    @Test
    void theAdmissionModelKeepsWithdrawalAndRecall() throws IOException {
        Set<String> after = nodeIds(parse(TimerBranches.strip(model("admission.bpmn"))));
        assertThat(after)
                .contains("Message_WithdrawnInReview", "Task_RecordWithdrawal", "Message_ReviewRecalledInApproval")
                .doesNotContain(
                        "Timer_ReviewReminder", "Task_RemindReview", "Timer_ApprovalOverdue", "Task_EscalateApproval");
    }
}
