import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import type { AdmissionItem, ItemHistory } from '../../types';
import { AdmissionItemDetailPage } from '../admission-item-detail-page';
import { PublicItemDetailPage } from '../public-item-detail-page';

const item: AdmissionItem = {
  id: 12,
  listNo: 'ZR-2025-012',
  itemName: '学生资助信息核对',
  category: 'COOPERATIVE',
  leadOrgId: 7,
  leadOrgName: '县教育局',
  cooperatingOrgNames: [],
  legalBasis: null,
  content: '每学年核对一次在校学生资助信息。',
  performanceStandard: '按时报送核对表。',
  frequency: 'YEARLY',
  effectiveDate: '2027-06-01',
  expiryDate: '2029-05-31',
  workloadHoursPerMonth: 2,
};

const revised: ItemHistory = {
  versionNo: 3,
  withdrawnOn: null,
  versions: [
    {
      versionNo: 2,
      itemName: '学生资助信息核对',
      content: '每学期核对一次在校学生资助信息。',
      performanceStandard: '按时报送核对表。',
      workloadHoursPerMonth: 4,
      effectiveDate: '2025-06-01',
      replacedOn: '2027-06-01',
    },
    {
      versionNo: 1,
      itemName: '学生资助核对',
      content: '每月核对一次。',
      performanceStandard: null,
      workloadHoursPerMonth: 8,
      effectiveDate: '2023-06-01',
      replacedOn: '2025-06-01',
    },
  ],
};

function setupPublic(history: ItemHistory, language: 'zh' | 'en' = 'zh') {
  const { fn } = mockFetch({
    'GET /api/public/admission-items/12': item,
    'GET /api/public/admission-items/12/history': history,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/public/lookup/:id', element: <PublicItemDetailPage /> }], '/public/lookup/12', { language });
}

describe('an item’s versions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the public the version and, folded, each earlier version’s dates and text', async () => {
    setupPublic(revised);
    expect(await screen.findByText('第3版')).toBeTruthy();
    expect(screen.getByText('（此前2版）')).toBeTruthy();
    expect(screen.queryByText('每学期核对一次在校学生资助信息。')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /修订记录/ }));
    const second = await screen.findByRole('region', { name: '第2版' });
    expect(second.textContent).toContain('2025-06-01 至 2027-06-01');
    expect(second.textContent).toContain('每学期核对一次在校学生资助信息。');
    expect(second.textContent).toContain('约 4 小时');
    const first = screen.getByRole('region', { name: '第1版' });
    expect(first.textContent).toContain('学生资助核对');
    expect(first.textContent).toContain('2023-06-01 至 2025-06-01');
  });

  it('shows only the version of an item never revised', async () => {
    setupPublic({ versionNo: 1, withdrawnOn: null, versions: [] });
    expect(await screen.findByText('第1版')).toBeTruthy();
    expect(screen.queryByText('修订记录')).toBeNull();
  });

  it('speaks English', async () => {
    setupPublic(revised, 'en');
    expect(await screen.findByText('Version 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Revision history/ })).toBeTruthy();
  });

  it('tells staff that a withdrawn item has left the list, with its history', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': {
        username: 'u',
        displayName: 'u',
        orgId: 1,
        orgName: 'x',
        orgType: 'COUNTY_DEPT',
        roles: [],
      },
      'GET /api/admission-items/12': { ...item, applicationId: null },
      'GET /api/public/admission-items/12/history': { ...revised, withdrawnOn: '2029-01-10' },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/admission-items/:id', element: <AdmissionItemDetailPage /> }], '/admission-items/12');
    expect(await screen.findByText('该事项已于2029-01-10经复评取消，不再列入准入清单。')).toBeTruthy();
    expect(screen.getByText('第3版')).toBeTruthy();
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/public/admission-items/12/history'));
  });
});
