// BPMN diagram of the clue process with this clue's progress (lazy: bpmn-js is large).
import BpmnDiagram from '@/components/ui/bpmn-diagram';
import { useClueProcessDiagram } from '../api/get-clue-process-diagram';
import { useClueProgress } from '../api/get-clue-progress';

export default function ClueDiagram({ clueId }: { clueId: number }) {
  const diagram = useClueProcessDiagram();
  const progress = useClueProgress(clueId);
  return (
    <BpmnDiagram
      xml={diagram.data}
      active={progress.data?.activeActivityIds}
      completed={progress.data?.completedActivityIds}
      loading={diagram.isPending || progress.isPending}
      error={diagram.isError}
    />
  );
}
