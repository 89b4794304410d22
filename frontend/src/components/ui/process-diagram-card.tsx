import { ApartmentOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import type { ProcessDiagramProps } from './process-diagram';
import { PageSpinner } from './page-spinner';
import { SectionCard } from './section-card';

// The diagram, its queries and bpmn-js load only when the user asks for it: none of it is in the
// page's first chunk, and no XML is fetched for people who never look.
const ProcessDiagram = lazy(() => import('./process-diagram'));

/** The full-width "process diagram" card of a detail page: a button until the user opens it. */
export function ProcessDiagramCard(props: ProcessDiagramProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <SectionCard
      title={t('detail.section.diagram')}
      extra={
        <Button
          icon={<ApartmentOutlined aria-hidden />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="diagram-toggle"
        >
          {open ? t('detail.diagramHide') : t('detail.diagramShow')}
        </Button>
      }
    >
      {open ? (
        <Suspense fallback={<PageSpinner />}>
          <ProcessDiagram {...props} />
        </Suspense>
      ) : null}
    </SectionCard>
  );
}
