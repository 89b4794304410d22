import { Alert, Button, Form, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PhraseTextArea } from '@/components/ui/phrase-picker';
import { handleFormError } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';
import { useBatchDecide, type BatchDecision, type BatchOutcome } from '../api/batch-decide';
import { useInboxI18n } from '../i18n';
import type { InboxTask } from '../types';

/**
 * 批量通过 / 批量审批: one comment for the selected tasks, then each task's result — decided, or the
 * reason it was not — shown row by row until the user closes the dialog.
 */
export function BatchDecisionModal({
  decision,
  tasks,
  onClose,
}: {
  decision: BatchDecision | null;
  tasks: InboxTask[];
  onClose: (decided: boolean) => void;
}) {
  const { t } = useInboxI18n();
  const message = useNotify();
  const [form] = Form.useForm<{ comment?: string }>();
  const batch = useBatchDecide();
  const [results, setResults] = useState<BatchOutcome[] | null>(null);

  const close = () => {
    const decided = !!results;
    setResults(null);
    form.resetFields();
    batch.reset();
    onClose(decided);
  };

  const onFinish = ({ comment }: { comment?: string }) => {
    if (!decision || batch.isPending) return;
    batch.mutate(
      { taskIds: tasks.map((x) => x.taskId), decision, comment: comment?.trim() || undefined },
      {
        onSuccess: (answer) => setResults(answer.results),
        onError: (e) => handleFormError(form, e, message, ['comment']),
      },
    );
  };

  const titleOf = (taskId: string) => tasks.find((x) => x.taskId === taskId)?.title ?? taskId;
  const ok = results?.filter((r) => r.ok).length ?? 0;

  return (
    <Modal
      open={decision !== null}
      title={decision === 'APPROVE' ? t('batch.approveTitle') : t('batch.passTitle')}
      onCancel={close}
      maskClosable={!batch.isPending}
      destroyOnHidden
      footer={
        results ? (
          <Button type="primary" onClick={close}>
            {t('batch.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close} disabled={batch.isPending}>
              {t('phrases.cancel')}
            </Button>
            <Button type="primary" loading={batch.isPending} onClick={() => form.submit()}>
              {t('batch.submit')}
            </Button>
          </Space>
        )
      }
    >
      {results ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type={ok === results.length ? 'success' : 'warning'}
            showIcon
            title={t('batch.summary', { ok, refused: results.length - ok })}
          />
          <List
            size="small"
            dataSource={results}
            rowKey="taskId"
            renderItem={(r) => (
              <List.Item>
                <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                  <Space wrap size={4}>
                    <Tag color={r.ok ? 'success' : 'error'}>{r.ok ? t('batch.ok') : t('batch.refused')}</Tag>
                    <Typography.Text style={{ wordBreak: 'break-word' }}>
                      {r.itemName ?? titleOf(r.taskId)}
                    </Typography.Text>
                  </Space>
                  {r.ok ? null : <Typography.Text type="secondary">{r.reason}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      ) : (
        <Form form={form} layout="vertical" name="batch-decision" onFinish={onFinish} disabled={batch.isPending}>
          <Typography.Paragraph type="secondary">{t('batch.hint', { count: tasks.length })}</Typography.Paragraph>
          <Form.Item name="comment" label={t('batch.comment')}>
            <PhraseTextArea rows={3} count={charLimit(DECISION_COMMENT)} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
