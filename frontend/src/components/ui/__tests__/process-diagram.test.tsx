import { fireEvent, screen } from '@testing-library/react';
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
  it('fetches nothing until asked, then loads the XML and the progress and hands them to the diagram', async () => {
    const fetchXml = vi.fn(() => Promise.resolve('<definitions/>'));
    const fetchProgress = vi.fn(() =>
      Promise.resolve({ activeActivityIds: ['review'], completedActivityIds: ['start'] }),
    );
    const diagramQuery = queryOptions({ queryKey: ['process-diagram', 'test'], queryFn: fetchXml });
    const progressQuery = queryOptions({ queryKey: ['cases', 'progress', '5'], queryFn: fetchProgress });
    renderRoutes(
      [{ path: '/', element: <ProcessDiagramCard diagramQuery={diagramQuery} progressQuery={progressQuery} /> }],
      '/',
    );
    expect(screen.getByText('流程进度')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: /查看流程图/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchXml).not.toHaveBeenCalled();
    expect(fetchProgress).not.toHaveBeenCalled();
    expect(screen.queryByTestId('bpmn')).toBeNull();

    fireEvent.click(toggle);
    await vi.waitFor(() =>
      expect(JSON.parse(screen.getByTestId('bpmn').textContent ?? '')).toEqual({
        xml: '<definitions/>',
        active: ['review'],
        completed: ['start'],
        loading: false,
        error: false,
      }),
    );
    expect(fetchXml).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /收起流程图/ }));
    expect(screen.queryByTestId('bpmn')).toBeNull();
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
    fireEvent.click(screen.getByRole('button', { name: /查看流程图/ }));
    await vi.waitFor(() =>
      expect((JSON.parse(screen.getByTestId('bpmn').textContent ?? '') as BpmnDiagramProps).error).toBe(true),
    );
  });
});
