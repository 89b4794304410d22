// A BPMN 2.0 diagram with the progress of one case marked. bpmn-js is large: it is imported when a
// diagram is drawn, so only the pages that show one download it.
// Shared by the admission and the clue pages; each feature fetches its own XML and progress.
import { CompressOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';

export const ACTIVE_MARKER = 'bpmn-active';
export const COMPLETED_MARKER = 'bpmn-completed';

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
  const zoom = useRef<((step: number) => void) | undefined>(undefined);

  useEffect(() => {
    const element = container.current;
    if (!xml || !element) return;
    let cancelled = false;
    let destroy: (() => void) | undefined;
    import('./bpmn-viewer')
      .then(({ createViewer }) => {
        if (cancelled) return;
        const viewer = createViewer(element);
        destroy = viewer.destroy;
        zoom.current = viewer.zoom;
        return viewer.show(xml, [
          { ids: completed, marker: COMPLETED_MARKER },
          { ids: active, marker: ACTIVE_MARKER },
        ]);
      })
      .then(() => {
        if (!cancelled) setFailed(false);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      zoom.current = undefined;
      destroy?.();
    };
  }, [xml, active, completed]);

  if (error || failed) return <Alert type="warning" showIcon title={t('detail.diagramFailed')} />;
  return (
    <div>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        {(
          [
            ['detail.diagramZoomIn', <ZoomInOutlined key="i" aria-hidden />, 1],
            ['detail.diagramZoomOut', <ZoomOutOutlined key="o" aria-hidden />, -1],
            ['detail.diagramFit', <CompressOutlined key="f" aria-hidden />, 0],
          ] as const
        ).map(([label, icon, step]) => (
          <Tooltip key={label} title={t(label)}>
            <Button size="small" icon={icon} aria-label={t(label)} onClick={() => zoom.current?.(step)} />
          </Tooltip>
        ))}
        <Typography.Text type="secondary">{t('detail.diagramHint')}</Typography.Text>
      </Flex>
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
