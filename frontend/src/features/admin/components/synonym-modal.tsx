import { Form, Select } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useAdminI18n } from '../i18n';
import { useCreateSynonym } from '../api/create-synonym';
import { useUpdateSynonym } from '../api/update-synonym';
import { createSynonymSchema } from '../schemas/admin-schemas';
import type { SynonymGroup } from '../types';
import { EditModal } from './editing';

// the server answers `terms` for the group and `terms[i]` for one word: all are shown on the one field
const FIELDS = ['terms'];

/** Typing one of these ends a word, as Enter does (the server refuses them inside a word anyway). */
const SEPARATORS = [',', '，', '、', ';', '；', '\n'];

/** Create (group = null) or edit a synonym group: its words as tags. */
export function SynonymModal({
  open,
  group,
  onClose,
}: {
  open: boolean;
  group: SynonymGroup | null;
  onClose: () => void;
}) {
  const { t } = useAdminI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const create = useCreateSynonym();
  const update = useUpdateSynonym();
  const busy = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ terms: group ? group.terms : [] });
  }, [open, group, form]);

  const onOk = () => {
    if (busy) return;
    const parsed = createSynonymSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => handleFormError(form, e, message, FIELDS),
    };
    if (group) update.mutate({ id: group.id, body: parsed.data }, done);
    else create.mutate(parsed.data, done);
  };

  return (
    <EditModal
      open={open}
      title={group ? t('admin.editSynonyms') : t('admin.newSynonyms')}
      busy={busy}
      onOk={onOk}
      onClose={onClose}
    >
      <Form
        form={form}
        name="synonym"
        layout="vertical"
        onValuesChange={(changed) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="terms" label={t('admin.synonymTerms')} required extra={t('admin.synonymTermsHelp')}>
          <Select
            mode="tags"
            // a tag input, not a list to choose from: Enter, a separator or leaving the field adds the word
            open={false}
            suffixIcon={null}
            tokenSeparators={SEPARATORS}
            placeholder={t('admin.synonymTermsPlaceholder')}
          />
        </Form.Item>
      </Form>
    </EditModal>
  );
}
