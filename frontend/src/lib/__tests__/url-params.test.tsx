import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { useUrlParams } from '../url-params';

let current: ReturnType<typeof useUrlParams>;

function Probe() {
  current = useUrlParams();
  return (
    <p>
      page {current.paging.page} size {current.paging.size}
    </p>
  );
}

describe('useUrlParams', () => {
  it('reads paging from the URL, keeps filters on a page change and goes back to page 1 on a filter change', async () => {
    const { router } = renderRoutes([{ path: '/list', element: <Probe /> }], '/list?keyword=a&page=3&size=500');
    expect(await screen.findByText('page 3 size 100')).toBeTruthy();

    act(() => current.paging.onPageChange(4, 50));
    expect(router.state.location.search).toBe('?keyword=a&page=4&size=50');

    act(() => current.update({ status: 'DRAFT', keyword: '' }));
    expect(router.state.location.search).toBe('?size=50&status=DRAFT');
    expect(await screen.findByText('page 1 size 50')).toBeTruthy();
  });
});
