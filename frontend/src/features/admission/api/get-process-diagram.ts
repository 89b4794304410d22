import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** BPMN 2.0 XML of process `admission`. */
export function getProcessDiagram(): Promise<string> {
  return api.get<string>('/api/admission/process-diagram', {
    responseType: 'text',
    headers: { Accept: 'application/xml, text/xml, */*' },
  });
}

export const getProcessDiagramQueryOptions = () =>
  queryOptions({
    queryKey: ['process-diagram', 'admission'],
    queryFn: getProcessDiagram,
    staleTime: Infinity,
  });

export function useProcessDiagram() {
  return useQuery(getProcessDiagramQueryOptions());
}
