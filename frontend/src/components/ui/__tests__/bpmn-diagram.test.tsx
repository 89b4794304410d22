import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import BpmnDiagram, { ACTIVE_MARKER, COMPLETED_MARKER } from '../bpmn-diagram';

const viewer = { show: vi.fn(() => Promise.resolve()), zoom: vi.fn(), destroy: vi.fn() };
const createViewer = vi.fn(() => viewer);
vi.mock('../bpmn-viewer', () => ({
  createViewer: (el: HTMLElement) => (createViewer as (e: HTMLElement) => unknown)(el),
}));

describe('BpmnDiagram', () => {
  it('draws the XML with the progress marked, and zooms and fits on the buttons', async () => {
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <BpmnDiagram
              xml="<definitions/>"
              active={['Task_Plan']}
              completed={['Task_Verify']}
              loading={false}
              error={false}
            />
          ),
        },
      ],
      '/',
    );
    await vi.waitFor(() => expect(viewer.show).toHaveBeenCalled());
    expect(createViewer).toHaveBeenCalledWith(screen.getByTestId('process-diagram'));
    expect(viewer.show).toHaveBeenCalledWith('<definitions/>', [
      { ids: ['Task_Verify'], marker: COMPLETED_MARKER },
      { ids: ['Task_Plan'], marker: ACTIVE_MARKER },
    ]);
    fireEvent.click(screen.getByRole('button', { name: '放大' }));
    fireEvent.click(screen.getByRole('button', { name: '缩小' }));
    fireEvent.click(screen.getByRole('button', { name: '适应窗口' }));
    expect(viewer.zoom.mock.calls).toEqual([[1], [-1], [0]]);
  });

  it('says so when the diagram cannot be drawn', async () => {
    viewer.show.mockImplementationOnce(() => Promise.reject(new Error('bad xml')));
    renderRoutes(
      [{ path: '/', element: <BpmnDiagram xml="<x/>" active={[]} completed={[]} loading={false} error={false} /> }],
      '/',
    );
    await vi.waitFor(() => expect(screen.getByText('流程图加载失败')).toBeTruthy());
  });
});
