import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** BPMN 2.0 XML of process `clue` (sub-processes drill down). */
export function getClueProcessDiagram(): Promise<string> {
  return api.get<string>('/api/clues/process-diagram', {
    responseType: 'text',
    headers: { Accept: 'application/xml, text/xml, */*' },
  });
}

export const getClueProcessDiagramQueryOptions = () =>
  queryOptions({ queryKey: ['process-diagram', 'clue'], queryFn: getClueProcessDiagram, staleTime: Infinity });

export function useClueProcessDiagram() {
  return useQuery(getClueProcessDiagramQueryOptions());
}
