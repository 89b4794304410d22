import { Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { delegationOf } from '@/components/ui/task-hand-over';
import { ApiError } from '@/lib/api-client';
import type { CurrentUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useNotify } from '@/lib/notify';
import { useAdmissionI18n } from '../i18n';
import { useAddCoSigner, useCoSignerCandidates, useRemoveCoSigner } from '../api/co-signing';
import type { ApplicationDetail } from '../types';

const COLORS = { AGREE: 'green', OBJECT: 'red' } as const;

/** Whether the user holds (or may take) the review and so may add or remove its co-signers. */
export function mayManageCoSigners(a: ApplicationDetail, user: CurrentUser): boolean {
  const task = a.currentTask;
  return (
    !!task &&
    task.taskKey === 'Task_Review' &&
    hasRole(user.roles, 'REVIEWER') &&
    (!task.assignee || task.assignee === user.username) &&
    delegationOf(task, user.username) === null
  );
}

/** 加签: the latest review's co-signers and their opinions; the reviewer adds and removes them here. */
export function CoSignersCard({ application: a, user }: { application: ApplicationDetail; user: CurrentUser }) {
  const { t } = useAdmissionI18n();
  const notify = useNotify();
  const manage = mayManageCoSigners(a, user);
  const [keyword, setKeyword] = useState('');
  const [picking, setPicking] = useState(false);
  const taskId = a.currentTask?.taskId ?? '';
  const candidates = useCoSignerCandidates(taskId, keyword, manage && picking);
  const add = useAddCoSigner();
  const remove = useRemoveCoSigner();
  const signers = a.coSigners ?? [];
  if (!manage && !signers.length) return null;
  const undecidedRound = a.currentTask?.taskKey === 'Task_Review';
  const failed = (e: unknown) => {
    const field = e instanceof ApiError ? e.fieldErrors.username : undefined;
    notify.error(field ?? (e instanceof ApiError ? e.message : t('error.subtitle')));
  };

  return (
    <Card title={t('coSign.title')} data-testid="co-signers">
      {manage ? <Typography.Paragraph type="secondary">{t('coSign.hint')}</Typography.Paragraph> : null}
      <ul className="plain-list">
        {signers.map((s) => (
          <li key={s.username} className="plain-list-item">
            <Flex wrap gap={8} align="center" justify="space-between">
              <Typography.Text>
                {s.orgName ? t('common.parenthesized', { text: s.displayName, note: s.orgName }) : s.displayName}
              </Typography.Text>
              <Flex gap={8} align="center">
                <Tag color={s.decision ? COLORS[s.decision] : 'default'}>
                  {s.decision ? t(`coSign.${s.decision}`) : t('coSign.pending')}
                </Tag>
                {manage && undecidedRound && !s.decision ? (
                  <Button
                    size="small"
                    type="link"
                    disabled={remove.isPending}
                    onClick={() =>
                      remove.mutate(
                        { applicationId: a.id, taskId, username: s.username },
                        { onSuccess: () => notify.success(t('coSign.removed')), onError: failed },
                      )
                    }
                  >
                    {t('coSign.remove')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
            {s.comment ? <Typography.Text type="secondary">{s.comment}</Typography.Text> : null}
          </li>
        ))}
      </ul>
      {manage ? (
        <Select
          style={{ width: '100%' }}
          value={null}
          showSearch={{ filterOption: false, onSearch: setKeyword }}
          onOpenChange={(open) => open && setPicking(true)}
          placeholder={t('coSign.addPlaceholder')}
          aria-label={t('coSign.add')}
          loading={candidates.isFetching || add.isPending}
          disabled={add.isPending}
          notFoundContent={candidates.isFetching ? t('common.loading') : t('coSign.noCandidates')}
          options={(candidates.data ?? []).map((h) => ({
            value: h.username,
            label: h.orgName ? t('common.parenthesized', { text: h.displayName, note: h.orgName }) : h.displayName,
          }))}
          onChange={(username: string) =>
            add.mutate(
              { applicationId: a.id, taskId, username },
              { onSuccess: () => notify.success(t('coSign.added')), onError: failed },
            )
          }
        />
      ) : null}
    </Card>
  );
}
