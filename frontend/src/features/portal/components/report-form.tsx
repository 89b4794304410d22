// The public report form. It is the portal's landing page, opened on phones over slow links, so it is
// built from native inputs (styled like antd's) and a small schema instead of antd's Form, Select and
// Input, which would more than double the JavaScript of the first load.
// What is required (the unit, what happened, the category) and the submit button fit the first
// screen of a 360×640 phone; everything optional waits behind one tap ("补充信息（选填）"), hidden,
// not unmounted, so what was typed there stays.
import { BulbOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Alert, Button, Switch } from 'antd';
import { useId, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';
import { CLUE_FORM_FIELDS, PHONE_MAX, type ClueFormPayload, type ClueFormValues } from '@/lib/clue-form';
import { CLUE_CATEGORIES, clueCategoryLabel, type ClueCategory } from '@/lib/enums';
import { normaliseFieldName, zodFieldErrors, type FieldErrorMap } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
// the limits count characters (a rare character or an emoji is one), so the native inputs carry no
// maxlength, which would count UTF-16 units: the schema checks the length and the counter shows it
import { charCount, DESCRIPTION } from '@/lib/text-limits';
import { useCategorySuggestion } from '../api/suggest-category';
import { usePortalI18n } from '../i18n';
import { createReportSchema } from '../schemas/report-schema';
import type { PublicOrg } from '../types';
import { UnitPicker } from './unit-picker';
import './report-form.css';

/** The fields behind "补充信息（选填）": an error in one of them opens the section. */
const MORE_FIELDS: readonly string[] = ['reportedUnitText', 'place', 'occurredWhen', 'reporterName', 'reporterPhone'];

export type ReportFormState = {
  category: string;
  source: 'PORTAL' | 'VILLAGE_REFUSAL';
  reportedOrgId: string;
  reportedUnitText: string;
  place: string;
  occurredWhen: string;
  description: string;
  anonymous: boolean;
  reporterName: string;
  reporterPhone: string;
};

/** What the schema reads: empty inputs as absent values, the picked unit as its id. */
export function toFormValues(s: ReportFormState): ClueFormValues {
  return {
    category: (s.category || undefined) as ClueFormValues['category'],
    source: s.source,
    reportedOrgId: s.reportedOrgId ? Number(s.reportedOrgId) : null,
    reportedUnitText: s.reportedUnitText,
    place: s.place,
    occurredWhen: s.occurredWhen,
    description: s.description,
    anonymous: s.anonymous,
    reporterName: s.reporterName,
    reporterPhone: s.reporterPhone,
  };
}

function Field({
  id,
  label,
  required,
  error,
  extra,
  aside,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  extra?: ReactNode;
  /** Shown at the end of the label's line (the description's character count). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const labelElement = (
    <label htmlFor={id} className={required ? 'field-label field-required' : 'field-label'}>
      {label}
    </label>
  );
  return (
    <div className="field">
      {aside ? (
        <div className="field-label-row">
          {labelElement}
          {aside}
        </div>
      ) : (
        labelElement
      )}
      {children}
      {extra ? <div className="field-extra">{extra}</div> : null}
      {error ? (
        <div className="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function ReportForm({
  initial,
  orgs,
  categoryLocked,
  pending,
  onSubmit,
}: {
  initial: ReportFormState;
  orgs: PublicOrg[] | undefined;
  categoryLocked: boolean;
  pending: boolean;
  /** Sends the checked form; resolves when done, rejects with the server's error. */
  onSubmit: (payload: ClueFormPayload) => Promise<unknown>;
}) {
  const { t } = usePortalI18n();
  const message = useNotify();
  const idPrefix = useId();
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [moreOpen, setMoreOpen] = useState(false);
  const categoryRef = useRef<HTMLSelectElement>(null);
  // a category the reporter chose in the list is theirs: no suggestion replaces or second-guesses it
  const [categoryByHand, setCategoryByHand] = useState(false);
  const suggestion = useCategorySuggestion(state.description, !categoryLocked && !categoryByHand);

  const id = (field: keyof ReportFormState) => `${idPrefix}-${field}`;
  const set = <K extends keyof ReportFormState>(field: K, value: ReportFormState[K]) => {
    setState((s) => ({ ...s, [field]: value }));
    // an edited field loses its error (a typed unit also clears the "pick or type a unit" error)
    setErrors((e) => {
      const next = { ...e };
      delete next[field];
      if (field === 'reportedUnitText') delete next.reportedOrgId;
      return next;
    });
  };
  const invalid = (field: keyof ReportFormState) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id(field)}-error` } : {};
  const text = (field: 'reportedUnitText' | 'place' | 'occurredWhen' | 'reporterName' | 'reporterPhone') => ({
    id: id(field),
    className: 'native-input',
    value: state[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    ...invalid(field),
  });

  const showErrors = (found: FieldErrorMap) => {
    setErrors(found);
    if (Object.keys(found).some((f) => MORE_FIELDS.includes(f))) setMoreOpen(true);
  };

  const submit = (e: { preventDefault: () => void }) => {
    e.preventDefault();
    if (pending) return;
    const parsed = createReportSchema(t).safeParse(toFormValues(state));
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    onSubmit(parsed.data).catch((err: unknown) => {
      if (!(err instanceof ApiError)) return message.error(t('api.actionFailed'));
      const onForm: FieldErrorMap = {};
      const elsewhere: string[] = [];
      for (const [name, msg] of Object.entries(err.fieldErrors)) {
        const field = normaliseFieldName(name);
        if ((CLUE_FORM_FIELDS as readonly string[]).includes(field)) onForm[field] = msg;
        else elsewhere.push(msg);
      }
      showErrors(onForm);
      message.error(elsewhere.length ? `${err.message}：${elsewhere.join('；')}` : err.message);
    });
  };

  const units = (orgs ?? []).filter((o) => o.type !== 'BURDEN_OFFICE');
  const offered: ClueCategory | null =
    suggestion?.category && suggestion.category !== state.category ? suggestion.category : null;
  const moreId = `${idPrefix}-more`;

  return (
    <form name="report" onSubmit={submit} noValidate>
      <Field id={id('reportedOrgId')} label={t('clueForm.reportedOrg')} required error={errors.reportedOrgId}>
        <UnitPicker
          id={id('reportedOrgId')}
          orgs={units}
          orgId={state.reportedOrgId}
          unitText={state.reportedUnitText}
          invalid={!!errors.reportedOrgId}
          describedBy={errors.reportedOrgId ? `${id('reportedOrgId')}-error` : undefined}
          onPick={(v) => set('reportedOrgId', v)}
          onTyped={(v) => set('reportedUnitText', v)}
        />
      </Field>
      <Field
        id={id('description')}
        label={t('clueForm.description')}
        required
        error={errors.description}
        aside={
          <span
            className={charCount(state.description) > DESCRIPTION ? 'field-count field-count-over' : 'field-count'}
            data-testid="description-count"
          >
            {charCount(state.description)} / {DESCRIPTION}
          </span>
        }
        extra={
          offered ? (
            <button
              type="button"
              className="suggestion-chip"
              title={t('report.suggestionHint')}
              data-testid="category-suggestion"
              onClick={() => {
                set('category', offered);
                // the chip goes away once taken: the keyboard's focus goes on to the category it filled in
                categoryRef.current?.focus();
              }}
            >
              <BulbOutlined aria-hidden /> {t('report.suggestionUse', { label: clueCategoryLabel(t, offered) })}
            </button>
          ) : null
        }
      >
        <textarea
          id={id('description')}
          className="native-input"
          rows={3}
          value={state.description}
          placeholder={t('clueForm.descriptionPlaceholder')}
          onChange={(e) => set('description', e.target.value)}
          {...invalid('description')}
        />
      </Field>
      <Field id={id('category')} label={t('clueForm.category')} required error={errors.category}>
        <select
          ref={categoryRef}
          id={id('category')}
          className="native-input"
          value={state.category}
          disabled={categoryLocked}
          onChange={(e) => {
            set('category', e.target.value);
            setCategoryByHand(true);
          }}
          {...invalid('category')}
        >
          <option value="">{t('clueForm.categoryPlaceholder')}</option>
          {CLUE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {clueCategoryLabel(t, c)}
            </option>
          ))}
        </select>
      </Field>
      <button
        type="button"
        className="more-toggle"
        aria-expanded={moreOpen}
        aria-controls={moreId}
        onClick={() => setMoreOpen((o) => !o)}
      >
        <span className="more-toggle-title">
          {moreOpen ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />} {t('report.more')}
        </span>{' '}
        <span className="more-toggle-summary">
          {moreOpen
            ? t('report.lessSummary')
            : t('report.moreSummary', { mode: state.anonymous ? t('report.modeAnonymous') : t('report.modeNamed') })}
        </span>
      </button>
      <div id={moreId} className="more-section" hidden={!moreOpen}>
        <Field id={id('reportedUnitText')} label={t('clueForm.reportedUnitText')} error={errors.reportedUnitText}>
          <input {...text('reportedUnitText')} placeholder={t('clueForm.reportedUnitTextPlaceholder')} />
        </Field>
        <Field id={id('place')} label={t('clueForm.place')} error={errors.place}>
          <input {...text('place')} placeholder={t('clueForm.placePlaceholder')} />
        </Field>
        <Field id={id('occurredWhen')} label={t('clueForm.occurredWhen')} error={errors.occurredWhen}>
          <input {...text('occurredWhen')} placeholder={t('clueForm.occurredWhenPlaceholder')} />
        </Field>
        <Field id={id('anonymous')} label={t('clueForm.anonymous')}>
          <div>
            <Switch
              id={id('anonymous')}
              aria-label={t('clueForm.anonymous')}
              checked={state.anonymous}
              onChange={(checked) => set('anonymous', checked)}
              checkedChildren={t('clueForm.anonymousOn')}
              unCheckedChildren={t('clueForm.anonymousOff')}
            />
          </div>
        </Field>
        {state.anonymous ? (
          <Alert
            type="info"
            showIcon
            title={t('clueForm.anonymousExplained')}
            description={t('report.anonymousHint')}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <>
            <Alert type="info" showIcon title={t('clueForm.namedExplained')} style={{ marginBottom: 16 }} />
            <Field id={id('reporterName')} label={t('clueForm.reporterName')} error={errors.reporterName}>
              <input {...text('reporterName')} autoComplete="name" />
            </Field>
            <Field id={id('reporterPhone')} label={t('clueForm.reporterPhone')} error={errors.reporterPhone}>
              <input {...text('reporterPhone')} maxLength={PHONE_MAX} inputMode="tel" autoComplete="tel" />
            </Field>
          </>
        )}
        <p className="public-note">{t('report.filesLater')}</p>
      </div>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {t('report.submit')}
      </Button>
    </form>
  );
}
