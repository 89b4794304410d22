import { Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { useCopyCase, useCopyPeople, type CopyChain } from '@/lib/case-copies';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';
import { orgOptions, useOrgs } from '@/lib/orgs';

/** 抄送: a button opening a dialog where people and organisations are picked to read the case. */
export function CopyCaseButton({
  chain,
  id,
  caseKey,
}: {
  chain: CopyChain;
  id: number | string;
  caseKey: readonly unknown[];
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('copy.button')}</Button>
      {open ? <CopyDialog chain={chain} id={id} caseKey={caseKey} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function CopyDialog({
  chain,
  id,
  caseKey,
  onClose,
}: {
  chain: CopyChain;
  id: number | string;
  caseKey: readonly unknown[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [keyword, setKeyword] = useState('');
  const [usernames, setUsernames] = useState<string[]>([]);
  const [orgIds, setOrgIds] = useState<number[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const people = useCopyPeople(keyword);
  const orgs = useOrgs();
  const copy = useCopyCase(caseKey);

  const personLabel = (h: { displayName: string; orgName: string | null }) =>
    h.orgName ? t('common.parenthesized', { text: h.displayName, note: h.orgName }) : h.displayName;
  // keep the chosen people visible while the search shows others
  const found = (people.data ?? []).map((h) => ({ value: h.username, label: personLabel(h) }));
  const chosen = usernames
    .filter((u) => !found.some((o) => o.value === u))
    .map((u) => ({ value: u, label: labels[u] ?? u }));

  const onOk = () => {
    if (copy.isPending) return;
    if (usernames.length + orgIds.length === 0) return setErrors({ usernames: t('copy.pickSomeone') });
    copy.mutate(
      { chain, id, usernames, orgIds },
      {
        onSuccess: () => {
          notify.success(t('copy.done'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && Object.keys(e.fieldErrors).length > 0) setErrors(e.fieldErrors);
          else notify.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('copy.title')}
      okText={t('copy.confirm')}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={copy.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('copy.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={t('copy.people')}
          validateStatus={errors.usernames ? 'error' : undefined}
          help={errors.usernames ?? undefined}
        >
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setKeyword }}
            value={usernames}
            onChange={(v: string[]) => {
              setUsernames(v);
              setErrors({});
              setLabels((old) => ({ ...old, ...Object.fromEntries(found.map((o) => [o.value, o.label])) }));
            }}
            placeholder={t('copy.peoplePlaceholder')}
            aria-label={t('copy.people')}
            loading={people.isFetching}
            notFoundContent={
              keyword.trim() ? (people.isFetching ? t('common.loading') : t('copy.nobody')) : t('copy.typeToSearch')
            }
            options={[...chosen, ...found]}
          />
        </Form.Item>
        <Form.Item
          label={t('copy.orgs')}
          validateStatus={errors.orgIds ? 'error' : undefined}
          help={errors.orgIds ?? undefined}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            value={orgIds}
            onChange={(v: number[]) => {
              setOrgIds(v);
              setErrors({});
            }}
            placeholder={t('copy.orgsPlaceholder')}
            aria-label={t('copy.orgs')}
            loading={orgs.isPending}
            options={orgOptions(orgs.data)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
