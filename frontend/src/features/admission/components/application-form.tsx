import { ExclamationCircleOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError, type FieldErrors } from '@/lib/api-client';
import { CATEGORIES, categoryLabel, enumOptions, FREQUENCIES, frequencyLabel, TARGET_SCOPES } from '@/lib/enums';
import { scopeLabel } from '../enums';
import {
  allFieldValues,
  applyFieldErrors,
  clearChangedFieldErrors,
  handleFormError,
  zodFieldErrors,
} from '@/lib/form-errors';
import { useAdmissionI18n, type AdmissionKey } from '../i18n';
import { orgOptions, useOrgs } from '@/lib/orgs';
import { randomUuid } from '@/lib/uuid';
import { useCreateApplication } from '../api/create-application';
import { useSubmitApplication } from '../api/submit-application';
import { useUpdateApplication } from '../api/update-application';
import { createDraftSchema, createSubmitSchema, LIMITS } from '../schemas/application-form-schema';
import { charLimit } from '@/lib/text-limits';
import { RED_FLAG_FIELDS, type ApplicationDetail, type ApplicationFormPayload } from '../types';
import { clearFormDraft, loadFormDraft, saveFormDraft } from '../utils/form-draft-storage';
import {
  emptyPayload,
  FORM_FIELDS,
  pickPayload,
  toFormState,
  toPayload,
  type ApplicationFormState,
} from '../utils/form-values';
import { AttachmentsEditor } from './attachments-editor';
import { TargetTreeSelect } from './target-tree-select';
import { useNotify } from '@/lib/notify';

const RED_FLAG_LABELS: Record<(typeof RED_FLAG_FIELDS)[number], AdmissionKey> = {
  requiresDataReporting: 'form.requiresDataReporting',
  requiresSignboard: 'form.requiresSignboard',
  requiresCertificate: 'form.requiresCertificate',
  requiresAppOrChatGroup: 'form.requiresAppOrChatGroup',
  requiresCheckIn: 'form.requiresCheckIn',
  requiresPhotoProof: 'form.requiresPhotoProof',
};

export type ApplicationFormProps = {
  /** null for a new application */
  application: ApplicationDetail | null;
  /** the applicant's organisation: always the lead department (the server refuses any other) */
  ownOrg: { id: number; name: string };
  /** errors handed over from a previous page (e.g. a failed submit right after the draft was created) */
  initialFieldErrors?: FieldErrors;
};

type Busy = 'draft' | 'submit' | null;

/**
 * Fields with an input of their own: an error about the lead department is shown as a message instead. The
 * villages share the tree of `targetTownshipIds`, which shows the scope's errors.
 */
const ON_FORM = FORM_FIELDS.filter((f) => f !== 'leadOrgId' && f !== 'targetVillageIds');

export function ApplicationForm({ application, ownOrg, initialFieldErrors }: ApplicationFormProps) {
  const { t } = useAdmissionI18n();
  const [modal, modalHolder] = Modal.useModal();
  const message = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplicationFormState>();
  const orgs = useOrgs();
  const createMutation = useCreateApplication();
  const updateMutation = useUpdateApplication();
  const submitMutation = useSubmitApplication();

  // one Idempotency-Key per form instance: a retried POST returns the same draft
  const [idempotencyKey] = useState(randomUuid);
  const appId = application?.id ?? null;
  const storageId = appId ?? 'new';

  // initial values: the server's version, overlaid with unsaved input kept in localStorage
  const [initial] = useState(() => {
    const stored = loadFormDraft(storageId);
    const base = application ? pickPayload(application) : emptyPayload(ownOrg.id);
    const values: ApplicationFormPayload = { ...(stored ? { ...base, ...stored.values } : base), leadOrgId: ownOrg.id };
    return { values: toFormState(values), restored: stored !== null };
  });
  const [restored, setRestored] = useState(initial.restored);
  const dirtyRef = useRef(initial.restored);
  const [busy, setBusy] = useState<Busy>(null);
  const busyRef = useRef<Busy>(null);

  const submitSchema = useMemo(() => createSubmitSchema(t), [t]);
  const draftSchema = useMemo(() => createDraftSchema(t), [t]);

  const targetScope = Form.useWatch('targetScope', form);
  const fundingFollows = Form.useWatch('fundingFollows', form);

  useEffect(() => {
    if (initialFieldErrors && Object.keys(initialFieldErrors).length) {
      applyFieldErrors(form, initialFieldErrors, ON_FORM);
    }
  }, [form, initialFieldErrors]);

  // warn before leaving with unsaved changes: in-app navigation…
  const blocker = useBlocker(
    useCallback(
      ({
        currentLocation,
        nextLocation,
      }: {
        currentLocation: { pathname: string };
        nextLocation: { pathname: string };
      }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );
  const confirmingRef = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || confirmingRef.current) return;
    confirmingRef.current = true;
    modal.confirm({
      title: t('form.unsavedTitle'),
      icon: <ExclamationCircleOutlined aria-hidden />,
      content: t('form.unsavedContent'),
      okText: t('form.leave'),
      cancelText: t('form.stay'),
      onOk: () => {
        confirmingRef.current = false;
        blocker.proceed?.();
      },
      onCancel: () => {
        confirmingRef.current = false;
        blocker.reset?.();
      },
    });
  }, [blocker, modal, t]);
  // …and closing or reloading the tab
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const markSaved = (id: number | null) => {
    dirtyRef.current = false;
    clearFormDraft(storageId);
    if (id !== null) clearFormDraft(id);
    setRestored(false);
  };

  const onValuesChange = (changed: Partial<ApplicationFormState>) => {
    dirtyRef.current = true;
    saveFormDraft(storageId, toPayload(allFieldValues(form)));
    const related: string[] = [];
    if ('validFrom' in changed) related.push('validTo');
    if ('fundingFollows' in changed) related.push('fundingNote');
    if ('targetScope' in changed) related.push('targetTownshipIds');
    clearChangedFieldErrors(form, changed, related);
  };

  const discardRestored = () => {
    clearFormDraft(storageId);
    const base = { ...(application ? pickPayload(application) : emptyPayload()), leadOrgId: ownOrg.id };
    form.resetFields();
    form.setFieldsValue(toFormState(base));
    dirtyRef.current = false;
    setRestored(false);
  };

  const validate = (mode: 'draft' | 'submit'): ApplicationFormPayload | null => {
    // the lead department is the applicant's own organisation, whatever an old draft said
    const payload = { ...toPayload(allFieldValues(form)), leadOrgId: ownOrg.id };
    const result = (mode === 'submit' ? submitSchema : draftSchema).safeParse(payload);
    if (!result.success) {
      applyFieldErrors(form, zodFieldErrors(result.error), ON_FORM);
      message.error(t('form.fixErrors'));
      return null;
    }
    return { ...payload, ...result.data };
  };

  /** POST the first time (with the Idempotency-Key), PUT afterwards. */
  const persist = async (payload: ApplicationFormPayload): Promise<ApplicationDetail> => {
    if (appId === null) return createMutation.mutateAsync({ form: payload, idempotencyKey });
    return updateMutation.mutateAsync({ id: appId, form: payload });
  };

  const run = async (mode: 'draft' | 'submit') => {
    if (busyRef.current) return; // no double submit
    const payload = validate(mode);
    if (!payload) return;
    busyRef.current = mode;
    setBusy(mode);
    let saved: ApplicationDetail | null = null;
    try {
      saved = await persist(payload);
      markSaved(saved.id);
      if (mode === 'draft') {
        message.success(t('form.draftSaved'));
        if (appId === null) void navigate(paths.applicationEdit.getHref(saved.id), { replace: true });
        return;
      }
      await submitMutation.mutateAsync(saved.id);
      message.success(t('form.submitted'));
      void navigate(paths.applicationDetail.getHref(saved.id));
    } catch (e) {
      handleFormError(form, e, message, ON_FORM);
      // the draft exists now although the submit failed: continue on its edit page, keeping the errors
      if (saved && appId === null) {
        void navigate(paths.applicationEdit.getHref(saved.id), {
          replace: true,
          state: { fieldErrors: e instanceof ApiError ? e.fieldErrors : {} },
        });
      }
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  };

  const orgList = orgs.data;
  const deptOptions = useMemo(
    () => orgOptions(orgList, (o) => o.type !== 'TOWNSHIP' && o.type !== 'VILLAGE' && o.id !== ownOrg.id),
    [orgList, ownOrg.id],
  );
  const textArea = (max: number, rows = 4) => <Input.TextArea rows={rows} count={charLimit(max)} />;
  const orgSelect = (options: typeof deptOptions, multiple = false) => (
    <Select
      {...(multiple ? { mode: 'multiple' as const, allowClear: true } : {})}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      loading={orgs.isPending}
      placeholder={t('form.selectPlaceholder')}
    />
  );

  return (
    <>
      {modalHolder}
      {restored ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('form.restored')}
          action={
            <Button size="small" onClick={discardRestored}>
              {t('form.discardRestored')}
            </Button>
          }
        />
      ) : null}
      <Form<ApplicationFormState>
        form={form}
        name="application"
        layout="vertical"
        initialValues={initial.values}
        onValuesChange={onValuesChange}
        onFinish={() => void run('submit')}
        scrollToFirstError
      >
        <Card title={t('form.section.basic')} className="form-section">
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="itemName" label={t('form.itemName')} required>
                <Input count={charLimit(LIMITS.itemName)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('form.category')} required>
                <Radio.Group options={enumOptions(CATEGORIES, categoryLabel, t)} aria-label={t('form.category')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="legalBasis" label={t('form.legalBasis')} extra={t('form.legalBasisHelp')}>
            {textArea(LIMITS.legalBasis, 3)}
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('form.leadOrg')} extra={t('form.leadOrgHelp')}>
                <Input
                  value={ownOrg.name}
                  readOnly
                  variant="filled"
                  data-testid="lead-org"
                  aria-label={t('form.leadOrg')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="cooperatingOrgIds" label={t('form.cooperatingOrgs')}>
                {orgSelect(deptOptions, true)}
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('form.section.duty')} className="form-section">
          <Form.Item name="content" label={t('form.content')} required>
            {textArea(LIMITS.content, 5)}
          </Form.Item>
          <Form.Item name="performanceStandard" label={t('form.performanceStandard')} required>
            {textArea(LIMITS.performanceStandard)}
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="targetScope" label={t('form.targetScope')} required>
                <Radio.Group options={enumOptions(TARGET_SCOPES, scopeLabel, t)} aria-label={t('form.targetScope')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {targetScope === 'SELECTED' ? (
                <Form.Item
                  name="targetTownshipIds"
                  label={t('form.targetTownships')}
                  extra={t('form.targetsHelp')}
                  required
                >
                  <TargetTreeSelect orgs={orgList} loading={orgs.isPending} />
                </Form.Item>
              ) : null}
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="workloadHoursPerMonth" label={t('form.workload')} required>
                <InputNumber style={{ width: '100%' }} step={0.5} inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="frequency" label={t('form.frequency')} required>
                <Radio.Group options={enumOptions(FREQUENCIES, frequencyLabel, t)} aria-label={t('form.frequency')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('form.section.negative')} className="form-section">
          <Alert type="warning" showIcon title={t('form.negativeWarning')} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            {RED_FLAG_FIELDS.map((field) => (
              <Col xs={24} sm={12} md={8} key={field}>
                <Form.Item name={field} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox>{t(RED_FLAG_LABELS[field])}</Checkbox>
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>

        <Card title={t('form.section.funding')} className="form-section">
          <Form.Item name="fundingFollows" valuePropName="checked" extra={t('form.fundingFollowsHelp')}>
            <Checkbox>{t('form.fundingFollows')}</Checkbox>
          </Form.Item>
          <Form.Item name="fundingNote" label={t('form.fundingNote')} required={fundingFollows === true}>
            {textArea(LIMITS.fundingNote, 2)}
          </Form.Item>
          <Typography.Paragraph type="secondary" data-testid="validity-hint">
            {t('form.validityHelp')}
          </Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="validFrom" label={t('form.validFrom')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="validTo" label={t('form.validTo')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('form.section.self')} className="form-section">
          <Form.Item
            name="selfAssessment"
            label={t('form.selfAssessment')}
            extra={t('form.selfAssessmentHelp')}
            required
          >
            {textArea(LIMITS.selfAssessment, 5)}
          </Form.Item>
        </Card>
      </Form>

      <Card title={t('form.section.attachments')} className="form-section">
        {application ? (
          <AttachmentsEditor application={application} />
        ) : (
          <Typography.Text type="secondary">{t('attachments.afterDraft')}</Typography.Text>
        )}
      </Card>

      <Flex gap={12} justify="flex-end" wrap className="form-actions">
        <Button
          icon={<SaveOutlined aria-hidden />}
          onClick={() => void run('draft')}
          loading={busy === 'draft'}
          disabled={busy !== null}
        >
          {t('form.saveDraft')}
        </Button>
        <Button
          type="primary"
          icon={<SendOutlined aria-hidden />}
          onClick={() => void run('submit')}
          loading={busy === 'submit'}
          disabled={busy !== null}
        >
          {t('form.submit')}
        </Button>
      </Flex>
    </>
  );
}
