import { Alert, Button, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';
import { useHandOverTask, useResolveTask, useTaskHolders, type HandOverKind } from '@/lib/task-hand-over';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';

/**
 * The parts of an open task that say who holds it and whether it is delegated (委派): user names to
 * compare with the signed-in user, people's names to show.
 */
export type HandOverTask = {
  taskId: string;
  assignee: string | null;
  assigneeName: string | null;
  delegatedBy: string | null;
  delegatedByName: string | null;
};

/** Whether the task is delegated to the user (who hands it back) or by the user (who waits). */
export function delegationOf(task: HandOverTask, username: string): 'toMe' | 'away' | null {
  if (!task.delegatedBy) return null;
  if (task.assignee === username) return 'toMe';
  if (task.delegatedBy === username) return 'away';
  return null;
}

/** 转办 and 委派 buttons for a task the user may act on, each asking for the receiver in a dialog. */
export function HandOverButtons({
  task,
  caseKey,
  disabled,
}: {
  task: HandOverTask;
  caseKey: readonly unknown[];
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<HandOverKind | null>(null);
  return (
    <>
      <Space wrap>
        <Button size="small" disabled={disabled} onClick={() => setKind('transfer')}>
          {t('handOver.transfer')}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => setKind('delegate')}>
          {t('handOver.delegate')}
        </Button>
      </Space>
      {kind ? <HandOverDialog task={task} kind={kind} caseKey={caseKey} onClose={() => setKind(null)} /> : null}
    </>
  );
}

function HandOverDialog({
  task,
  kind,
  caseKey,
  onClose,
}: {
  task: HandOverTask;
  kind: HandOverKind;
  caseKey: readonly unknown[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [keyword, setKeyword] = useState('');
  const [receiver, setReceiver] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const holders = useTaskHolders(task.taskId, keyword, true);
  const handOver = useHandOverTask(caseKey);

  const onOk = () => {
    if (handOver.isPending) return;
    if (!receiver) return setError(t('handOver.pickReceiver'));
    handOver.mutate(
      { taskId: task.taskId, kind, username: receiver },
      {
        onSuccess: () => {
          notify.success(t(kind === 'transfer' ? 'handOver.transferred' : 'handOver.delegated'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fieldErrors.username) setError(e.fieldErrors.username);
          else notify.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t(kind === 'transfer' ? 'handOver.transferTitle' : 'handOver.delegateTitle')}
      okText={t('handOver.confirm')}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={handOver.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(kind === 'transfer' ? 'handOver.transferHint' : 'handOver.delegateHint')}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={t('handOver.receiver')}
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setKeyword }}
            value={receiver}
            onChange={(v: string) => {
              setReceiver(v);
              setError(null);
            }}
            placeholder={t('handOver.receiverPlaceholder')}
            aria-label={t('handOver.receiver')}
            loading={holders.isFetching}
            notFoundContent={holders.isFetching ? t('common.loading') : t('handOver.noHolders')}
            options={(holders.data ?? []).map((h) => ({
              value: h.username,
              label: h.orgName ? t('common.parenthesized', { text: h.displayName, note: h.orgName }) : h.displayName,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * What a delegated task shows: to its delegate, a notice and the form to hand it back with an
 * opinion (they do not decide); to the person who delegated it, that it waits for the delegate.
 */
export function DelegationNotice({
  task,
  username,
  caseKey,
}: {
  task: HandOverTask;
  username: string;
  caseKey: readonly unknown[];
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [form] = Form.useForm<{ opinion?: string }>();
  const resolve = useResolveTask(caseKey);
  const state = delegationOf(task, username);
  if (state === 'away') {
    return (
      <Alert
        type="info"
        showIcon
        title={t('handOver.delegatedAway', { name: task.assigneeName ?? task.assignee ?? '' })}
      />
    );
  }
  if (state !== 'toMe') return null;

  const onFinish = ({ opinion }: { opinion?: string }) => {
    if (resolve.isPending) return;
    const text = (opinion ?? '').trim();
    if (!text) return void form.setFields([{ name: 'opinion', errors: [t('handOver.opinionRequired')] }]);
    resolve.mutate(
      { taskId: task.taskId, opinion: text },
      {
        onSuccess: () => notify.success(t('handOver.resolved')),
        onError: (e) => {
          if (e instanceof ApiError && e.fieldErrors.opinion)
            form.setFields([{ name: 'opinion', errors: [e.fieldErrors.opinion] }]);
          else notify.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        },
      },
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="delegation-resolve">
      <Alert
        type="warning"
        showIcon
        title={t('handOver.delegatedToMe', { name: task.delegatedByName ?? task.delegatedBy ?? '' })}
      />
      <Form form={form} name="resolve" layout="vertical" onFinish={onFinish}>
        <Form.Item name="opinion" label={t('handOver.opinion')} required>
          <Input.TextArea rows={4} count={charLimit(DECISION_COMMENT)} />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={resolve.isPending} disabled={resolve.isPending}>
            {t('handOver.resolve')}
          </Button>
        </Flex>
      </Form>
    </Space>
  );
}
