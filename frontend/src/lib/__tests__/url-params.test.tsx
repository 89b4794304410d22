import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { useUrlParams } from '../url-params';

function Probe() {
  const { paging, update } = useUrlParams();
  return (
    <>
      <p>
        page {paging.page} size {paging.size}
      </p>
      <button onClick={() => paging.onPageChange(4, 50)}>next page</button>
      <button onClick={() => update({ status: 'DRAFT', keyword: '' })}>filter</button>
    </>
  );
}

describe('useUrlParams', () => {
  it('reads paging from the URL, keeps filters on a page change and goes back to page 1 on a filter change', async () => {
    const { router } = renderRoutes([{ path: '/list', element: <Probe /> }], '/list?keyword=a&page=3&size=500');
    expect(await screen.findByText('page 3 size 100')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'next page' }));
    expect(router.state.location.search).toBe('?keyword=a&page=4&size=50');

    fireEvent.click(screen.getByRole('button', { name: 'filter' }));
    expect(router.state.location.search).toBe('?size=50&status=DRAFT');
    expect(await screen.findByText('page 1 size 50')).toBeTruthy();
  });
});
