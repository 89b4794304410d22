// BPMN diagram of the admission process with the application's progress (loaded lazily: bpmn-js is large).
import BpmnDiagram from '@/components/ui/bpmn-diagram';
import { useProcessDiagram } from '../api/get-process-diagram';
import { useProgress } from '../api/get-progress';

export default function ProcessDiagram({ applicationId }: { applicationId: number }) {
  const diagram = useProcessDiagram();
  const progress = useProgress(applicationId);
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
