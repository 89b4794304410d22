import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { orgOptions, useOrgs } from '@/lib/orgs';
import { stepLabel } from '@/lib/steps';
import { useInboxChains } from '../api/get-inbox-filters';
import { useInboxI18n } from '../i18n';
import { DUE_STATES, INBOX_SORTS, type InboxFilters } from '../types';
import { chainLabel } from '../utils/chain-label';
import { activeFilterCount, DEFAULT_DUE_DAYS, MAX_DUE_DAYS } from '../utils/inbox-filters';

type Props = {
  filters: InboxFilters;
  /** URL parameters to set (null removes one). */
  onChange: (changes: Record<string, string | null>) => void;
  onReset: () => void;
  /** The done list is filtered by process, step and unit only. */
  dueAndOrder: boolean;
  /** A narrow screen: the filters fold away behind a button and take the full width. */
  phone: boolean;
};

/** The inbox filters: process, step, deadline, unit and order, each change written to the URL at once. */
export function InboxFilterBar({ filters, onChange, onReset, dueAndOrder, phone }: Props) {
  const { t } = useInboxI18n();
  const chains = useInboxChains();
  const orgs = useOrgs();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filters);
  const days = filters.dueDays ?? DEFAULT_DUE_DAYS;
  const width = (w: number) => (phone ? { width: '100%' } : { width: w });

  const known = chains.data ?? [];
  const chainOfStep = (step: string) => known.find((c) => c.steps.some((s) => s.key === step))?.key ?? '';
  const stepValue = filters.step ? `${filters.chain ?? chainOfStep(filters.step)}/${filters.step}` : undefined;
  const stepOptions = known
    .filter((c) => !filters.chain || c.key === filters.chain)
    .map((c) => ({
      label: chainLabel(t, c),
      title: chainLabel(t, c),
      options: c.steps.map((s) => ({ value: `${c.key}/${s.key}`, label: stepLabel(t, s.key, s.name) })),
    }));

  const onChain = (chain: string | undefined) => {
    const keepsStep = !!chain && known.find((c) => c.key === chain)?.steps.some((s) => s.key === filters.step);
    onChange({ chain: chain ?? null, step: keepsStep ? filters.step : null });
  };
  const onStep = (value: string | undefined) => {
    if (!value) return onChange({ step: null });
    const slash = value.indexOf('/');
    onChange({ chain: value.slice(0, slash) || null, step: value.slice(slash + 1) });
  };

  const controls: ReactNode[] = [
    <Select
      key="chain"
      aria-label={t('inbox.filter.chain')}
      placeholder={t('inbox.filter.chainAll')}
      allowClear
      style={width(150)}
      loading={chains.isPending}
      value={filters.chain ?? undefined}
      onChange={onChain}
      options={known.map((c) => ({ value: c.key, label: chainLabel(t, c) }))}
    />,
    <Select
      key="step"
      aria-label={t('inbox.filter.step')}
      placeholder={t('inbox.filter.stepAll')}
      allowClear
      style={width(210)}
      loading={chains.isPending}
      value={stepValue}
      onChange={onStep}
      options={stepOptions}
    />,
    <Select
      key="unit"
      aria-label={t('inbox.filter.unit')}
      placeholder={t('inbox.filter.unitAll')}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={width(210)}
      loading={orgs.isPending}
      value={filters.unitId ?? undefined}
      onChange={(v: number | undefined) => onChange({ unitId: v ? String(v) : null })}
      options={orgOptions(orgs.data)}
    />,
  ];
  if (dueAndOrder) {
    controls.push(
      <Flex key="due" gap={8} style={phone ? { width: '100%' } : undefined}>
        <Select
          aria-label={t('inbox.filter.due')}
          placeholder={t('inbox.filter.dueAll')}
          allowClear
          style={phone ? { flex: 1, minWidth: 0 } : { width: 150 }}
          value={filters.due ?? undefined}
          onChange={(v: string | undefined) => onChange({ due: v ?? null, dueDays: null })}
          options={DUE_STATES.map((d) => ({ value: d, label: t(`inbox.due.${d}`, { days }) }))}
        />
        {filters.due === 'DUE_SOON' ? (
          <InputNumber
            aria-label={t('inbox.filter.dueDays')}
            min={1}
            max={MAX_DUE_DAYS}
            precision={0}
            style={{ width: 80 }}
            value={days}
            onChange={(v) => onChange({ dueDays: v ? String(v) : null })}
          />
        ) : null}
      </Flex>,
      <Select
        key="sort"
        aria-label={t('inbox.filter.sort')}
        placeholder={t('inbox.filter.sortDefault')}
        allowClear
        style={width(170)}
        value={filters.sort ?? undefined}
        onChange={(v: string | undefined) => onChange({ sort: v ?? null })}
        options={INBOX_SORTS.map((s) => ({ value: s, label: t(`inbox.sort.${s}`) }))}
      />,
    );
  } else if (filters.due) {
    controls.push(
      <Typography.Text key="note" type="secondary">
        {t('inbox.filter.doneNote')}
      </Typography.Text>,
    );
  }
  const reset =
    active > 0 || filters.sort ? (
      <Button type="link" onClick={onReset} style={{ paddingInline: 0 }}>
        {t('inbox.filter.reset')}
      </Button>
    ) : null;

  if (!phone) {
    return (
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        {controls}
        {reset}
      </Flex>
    );
  }
  return (
    <div style={{ marginBottom: 12 }}>
      {/* on the right: the layout's menu button floats over the left edge of a phone's content */}
      <Flex justify="flex-end" align="center" gap={12}>
        {reset}
        <Button icon={<FilterOutlined aria-hidden />} aria-expanded={open} onClick={() => setOpen(!open)}>
          {active ? t('inbox.filter.openCount', { count: active }) : t('inbox.filter.open')}
        </Button>
      </Flex>
      {open ? (
        <Flex vertical gap={12} style={{ marginTop: 12 }}>
          {controls}
        </Flex>
      ) : null}
    </div>
  );
}
