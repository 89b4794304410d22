import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useI18n } from '@/lib/i18n';
import type { ProcessDiagramProps } from './process-diagram';
import { SectionCard } from './section-card';

const ProcessDiagram = lazy(() => import('./process-diagram'));

/** The full-width "process diagram" card of a detail page (the diagram itself is loaded lazily). */
export function ProcessDiagramCard(props: ProcessDiagramProps) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('detail.section.diagram')}>
      <Suspense fallback={<Skeleton active />}>
        <ProcessDiagram {...props} />
      </Suspense>
    </SectionCard>
  );
}
