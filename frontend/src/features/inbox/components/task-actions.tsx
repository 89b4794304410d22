import { Button, Popconfirm } from 'antd';
import { ApiError } from '@/lib/api-client';
import { useNotify } from '@/lib/notify';
import { useClaimTask } from '../api/claim-task';
import { useUnclaimTask } from '../api/unclaim-task';
import { useInboxI18n } from '../i18n';
import type { InboxTask } from '../types';

/**
 * 签收 for a free group task, 取消签收 for one the user holds; nothing for a task given to someone by
 * name or held by someone else. The server checks again and says why it refuses.
 */
export function TaskActions({ task, username }: { task: InboxTask; username: string | undefined }) {
  const { t } = useInboxI18n();
  const message = useNotify();
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const failed = (e: unknown) => message.error(e instanceof ApiError ? e.message : t('error.subtitle'));

  if (!task.groupTask) return null;
  if (!task.assignee) {
    return (
      <Button
        size="small"
        type="primary"
        loading={claim.isPending}
        onClick={() => {
          if (claim.isPending) return;
          claim.mutate(task.taskId, { onSuccess: () => message.success(t('inbox.claimed.toast')), onError: failed });
        }}
      >
        {t('inbox.claim')}
      </Button>
    );
  }
  if (task.assignee !== username) return null;
  return (
    <Popconfirm
      title={t('inbox.unclaim.confirm')}
      okText={t('inbox.unclaim.ok')}
      cancelText={t('common.cancel')}
      onConfirm={() => {
        if (unclaim.isPending) return;
        unclaim.mutate(task.taskId, { onSuccess: () => message.success(t('inbox.unclaimed.toast')), onError: failed });
      }}
    >
      <Button size="small" loading={unclaim.isPending}>
        {t('inbox.unclaim')}
      </Button>
    </Popconfirm>
  );
}
