import { Card, Col } from 'antd';
import type { ReactNode } from 'react';

/** A full-width titled card in a detail page's grid (a `<Col span={24}>` inside a `<Row>`). */
export function SectionCard({ title, children, extra }: { title: ReactNode; children: ReactNode; extra?: ReactNode }) {
  return (
    <Col span={24}>
      <Card title={title} extra={extra}>
        {children}
      </Card>
    </Col>
  );
}
