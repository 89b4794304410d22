package cn.jianfu.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Takes the boundary timers and escalations out of a BPMN model, with everything only they lead to
 * (reminders, overdue escalations and their end events), shapes and edges included. What is left is
 * the path a case takes through people's hands: that is what everyone but administrators is shown.
 */
final class TimerBranches {

    private TimerBranches() {}

    static String strip(String xml) {
        BpmnModelInstance model =
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Set<FlowNode> hidden = hiddenNodes(model);
        Set<BaseElement> removed = new HashSet<>(hidden);
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (hidden.contains(flow.getSource()) || hidden.contains(flow.getTarget())) {
                removed.add(flow);
            }
        }
        for (BpmnShape shape : List.copyOf(model.getModelElementsByType(BpmnShape.class))) {
            if (removed.contains(shape.getBpmnElement())) {
                remove(shape);
            }
        }
        for (BpmnEdge edge : List.copyOf(model.getModelElementsByType(BpmnEdge.class))) {
            if (removed.contains(edge.getBpmnElement())) {
                remove(edge);
            }
        }
        for (BaseElement element : removed) {
            if (element instanceof SequenceFlow flow) {
                flow.getSource().getOutgoing().remove(flow);
                flow.getTarget().getIncoming().remove(flow);
            }
        }
        removed.forEach(TimerBranches::remove);
        return Bpmn.convertToString(model);
    }

    /** The timer and escalation boundary events, and the nodes reachable only through them. */
    private static Set<FlowNode> hiddenNodes(BpmnModelInstance model) {
        Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
        Set<FlowNode> roots = new HashSet<>(model.getModelElementsByType(StartEvent.class));
        Set<FlowNode> hiddenRoots = new HashSet<>();
        for (BoundaryEvent b : boundaries) {
            boolean timerOrEscalation = b.getEventDefinitions().stream()
                    .anyMatch(d -> d instanceof TimerEventDefinition || d instanceof EscalationEventDefinition);
            (timerOrEscalation ? hiddenRoots : roots).add(b);
        }
        Set<FlowNode> kept = reachable(roots, Set.of());
        Set<FlowNode> hidden = reachable(hiddenRoots, kept);
        hidden.removeAll(kept);
        return hidden;
    }

    private static Set<FlowNode> reachable(Set<FlowNode> from, Set<FlowNode> stopAt) {
        Set<FlowNode> seen = new HashSet<>();
        Deque<FlowNode> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            FlowNode node = todo.pop();
            if (stopAt.contains(node) || !seen.add(node)) {
                continue;
            }
            for (SequenceFlow out : node.getOutgoing()) {
                todo.push(out.getTarget());
            }
        }
        return seen;
    }

    private static void remove(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        if (parent != null) {
            parent.removeChildElement(element);
        }
    }
}
