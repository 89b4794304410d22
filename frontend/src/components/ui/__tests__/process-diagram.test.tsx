import { screen } from '@testing-library/react';
import { queryOptions } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Progress } from '@/lib/process-progress';
import type { BpmnDiagramProps } from '../bpmn-diagram';
import { renderRoutes } from '@/testing/test-utils';
import { ProcessDiagramCard } from '../process-diagram-card';

vi.mock('../bpmn-diagram', () => ({
  default: ({ xml, active, completed, loading, error }: BpmnDiagramProps) => (
    <div data-testid="bpmn">{JSON.stringify({ xml, active, completed, loading, error })}</div>
  ),
}));

describe('ProcessDiagramCard', () => {
  it('loads the XML and the progress through the given queries and hands them to the diagram', async () => {
    const diagramQuery = queryOptions({
      queryKey: ['process-diagram', 'test'],
      queryFn: () => Promise.resolve('<definitions/>'),
    });
    const progressQuery = queryOptions({
      queryKey: ['cases', 'progress', '5'],
      queryFn: () => Promise.resolve({ activeActivityIds: ['review'], completedActivityIds: ['start'] }),
    });
    renderRoutes(
      [{ path: '/', element: <ProcessDiagramCard diagramQuery={diagramQuery} progressQuery={progressQuery} /> }],
      '/',
    );
    expect(screen.getByText('流程进度')).toBeTruthy();
    await vi.waitFor(() =>
      expect(JSON.parse(screen.getByTestId('bpmn').textContent ?? '')).toEqual({
        xml: '<definitions/>',
        active: ['review'],
        completed: ['start'],
        loading: false,
        error: false,
      }),
    );
  });

  it('reports a diagram that failed to load', async () => {
    const diagramQuery = queryOptions<string, Error, string, string[]>({
      queryKey: ['process-diagram', 'broken'],
      queryFn: () => Promise.reject(new Error('x')),
    });
    const progressQuery = queryOptions({
      queryKey: ['cases', 'progress', '6'],
      queryFn: (): Promise<Progress> => Promise.resolve({ activeActivityIds: [], completedActivityIds: [] }),
    });
    renderRoutes(
      [{ path: '/', element: <ProcessDiagramCard diagramQuery={diagramQuery} progressQuery={progressQuery} /> }],
      '/',
    );
    await vi.waitFor(() =>
      expect((JSON.parse(screen.getByTestId('bpmn').textContent ?? '') as BpmnDiagramProps).error).toBe(true),
    );
  });
});
