import { Alert, Form, Input, Select, Switch } from 'antd';
import { PHONE_MAX } from '@/lib/clue-form';
import { CLUE_CATEGORIES, clueCategoryLabel, enumOptions, orgTypeLabel, type OrgType } from '@/lib/enums';
import { charLimit, DESCRIPTION, OCCURRED_WHEN, PLACE, REPORTED_UNIT_TEXT, REPORTER_NAME } from '@/lib/text-limits';
import { useClueI18n } from '../i18n';

export type OrgLike = { id: number; name: string; type: OrgType };

/**
 * The fields of a clue (category, unit, place, time, description, reporter), used inside an antd
 * Form by the office's record form (the public portal has a lighter form of its own).
 * `categoryLocked` keeps the category as it is.
 */
export function ClueFormFields({
  orgs,
  orgsLoading,
  anonymous,
  categoryLocked = false,
  contactHint,
}: {
  orgs: OrgLike[] | undefined;
  orgsLoading?: boolean;
  anonymous: boolean;
  categoryLocked?: boolean;
  contactHint?: string;
}) {
  const { t } = useClueI18n();
  const unitOptions = (orgs ?? [])
    .filter((o) => o.type !== 'BURDEN_OFFICE')
    .map((o) => ({ value: o.id, label: o.name, title: orgTypeLabel(t, o.type) }));

  return (
    <>
      <Form.Item name="category" label={t('clueForm.category')} required>
        <Select
          options={enumOptions(CLUE_CATEGORIES, clueCategoryLabel, t)}
          placeholder={t('clueForm.categoryPlaceholder')}
          disabled={categoryLocked}
          aria-label={t('clueForm.category')}
        />
      </Form.Item>
      <Form.Item name="reportedOrgId" label={t('clueForm.reportedOrg')} required extra={t('clueForm.reportedOrgHint')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          loading={orgsLoading}
          options={unitOptions}
          placeholder={t('clueForm.reportedOrgPlaceholder')}
          aria-label={t('clueForm.reportedOrg')}
        />
      </Form.Item>
      <Form.Item name="reportedUnitText" label={t('clueForm.reportedUnitText')}>
        <Input count={charLimit(REPORTED_UNIT_TEXT, false)} placeholder={t('clueForm.reportedUnitTextPlaceholder')} />
      </Form.Item>
      <Form.Item name="place" label={t('clueForm.place')}>
        <Input count={charLimit(PLACE, false)} placeholder={t('clueForm.placePlaceholder')} />
      </Form.Item>
      <Form.Item name="occurredWhen" label={t('clueForm.occurredWhen')}>
        <Input count={charLimit(OCCURRED_WHEN, false)} placeholder={t('clueForm.occurredWhenPlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('clueForm.description')} required>
        <Input.TextArea rows={6} count={charLimit(DESCRIPTION)} placeholder={t('clueForm.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item name="anonymous" label={t('clueForm.anonymous')} valuePropName="checked">
        <Switch
          aria-label={t('clueForm.anonymous')}
          checkedChildren={t('clueForm.anonymousOn')}
          unCheckedChildren={t('clueForm.anonymousOff')}
        />
      </Form.Item>
      {anonymous ? (
        <Alert
          type="info"
          showIcon
          title={t('clueForm.anonymousExplained')}
          description={contactHint}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <>
          <Alert type="info" showIcon title={t('clueForm.namedExplained')} style={{ marginBottom: 16 }} />
          <Form.Item name="reporterName" label={t('clueForm.reporterName')}>
            <Input count={charLimit(REPORTER_NAME, false)} autoComplete="name" />
          </Form.Item>
          <Form.Item name="reporterPhone" label={t('clueForm.reporterPhone')}>
            <Input maxLength={PHONE_MAX} inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </>
      )}
    </>
  );
}
