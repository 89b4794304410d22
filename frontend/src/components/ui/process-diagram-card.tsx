import { useI18n } from '@/lib/i18n';
import ProcessDiagram, { type ProcessDiagramProps } from './process-diagram';
import { SectionCard } from './section-card';

/** The full-width "process diagram" card of a detail page (bpmn-js itself is loaded when the diagram is drawn). */
export function ProcessDiagramCard(props: ProcessDiagramProps) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('detail.section.diagram')}>
      <ProcessDiagram {...props} />
    </SectionCard>
  );
}
