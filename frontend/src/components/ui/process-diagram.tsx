// The BPMN diagram of a case's process with the case's progress marked: fetches the process XML and
// the progress through the query options each feature passes.
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Progress } from '@/lib/process-progress';
import BpmnDiagram from './bpmn-diagram';

export type ProcessDiagramProps = {
  /** Query of the process's BPMN 2.0 XML. */
  diagramQuery: UseQueryOptions<string, Error, string, string[]>;
  /** Query of the case's progress. */
  progressQuery: UseQueryOptions<Progress, Error, Progress, string[]>;
};

export default function ProcessDiagram({ diagramQuery, progressQuery }: ProcessDiagramProps) {
  const diagram = useQuery(diagramQuery);
  const progress = useQuery(progressQuery);
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
