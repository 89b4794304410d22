// A BPMN 2.0 diagram with the progress of one case marked (loaded lazily: bpmn-js is large).
// Shared by the admission and the clue pages; each feature fetches its own XML and progress.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { Alert, Flex, Spin, Typography } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';

export const ACTIVE_MARKER = 'bpmn-active';
export const COMPLETED_MARKER = 'bpmn-completed';

type CanvasLike = { zoom: (level: string) => unknown; addMarker: (id: string, marker: string) => void };
type RegistryLike = { get: (id: string) => unknown };

export type BpmnDiagramProps = {
  xml: string | undefined;
  active: string[] | undefined;
  completed: string[] | undefined;
  loading: boolean;
  error: boolean;
};

export default function BpmnDiagram({ xml, active, completed, loading, error }: BpmnDiagramProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!xml || !container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<CanvasLike>('canvas');
        const registry = viewer.get<RegistryLike>('elementRegistry');
        canvas.zoom('fit-viewport');
        const mark = (ids: string[] | undefined, marker: string) =>
          (ids ?? []).forEach((id) => {
            if (registry.get(id)) canvas.addMarker(id, marker);
          });
        mark(completed, COMPLETED_MARKER);
        mark(active, ACTIVE_MARKER);
        setFailed(false);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, active, completed]);

  if (error || failed) return <Alert type="warning" showIcon title={t('detail.diagramFailed')} />;
  return (
    <div>
      <Spin spinning={loading}>
        <div ref={container} className="bpmn-container" data-testid="process-diagram" />
      </Spin>
      <Flex gap={16} wrap style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          <span className="legend legend-active" aria-hidden /> {t('detail.diagramLegendActive')}
        </Typography.Text>
        <Typography.Text type="secondary">
          <span className="legend legend-completed" aria-hidden /> {t('detail.diagramLegendDone')}
        </Typography.Text>
      </Flex>
    </div>
  );
}
