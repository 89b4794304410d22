import { screen } from '@testing-library/react';
import { Row } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { SectionCard } from '../section-card';

describe('SectionCard', () => {
  it('shows a titled full-width card with its content', () => {
    const { container } = renderRoutes(
      [
        {
          path: '/',
          element: (
            <Row>
              <SectionCard title="附件">
                <p>内容</p>
              </SectionCard>
            </Row>
          ),
        },
      ],
      '/',
    );
    expect(screen.getByText('附件')).toBeTruthy();
    expect(screen.getByText('内容')).toBeTruthy();
    expect(container.querySelector('.ant-col-24 .ant-card')).toBeTruthy();
  });
});
