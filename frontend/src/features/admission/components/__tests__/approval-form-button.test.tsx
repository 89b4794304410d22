import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { ApprovalFormButton } from '../approval-form-button';

describe('ApprovalFormButton', () => {
  it('opens the application’s PDF approval form in a new tab', () => {
    renderRoutes([{ path: '/', element: <ApprovalFormButton applicationId={42} /> }], '/');
    const link = screen.getByRole('link', { name: /打印审批单/ });
    expect(link.getAttribute('href')).toBe('/api/admission/applications/42/approval-form.pdf');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
