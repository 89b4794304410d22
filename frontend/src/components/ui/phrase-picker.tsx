import { Button, Dropdown, Input, Space, type MenuProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';
import { useAddPhrase, usePhrases, withPhrase } from '@/lib/phrases';
import { exceeds, PHRASE_TEXT } from '@/lib/text-limits';

/**
 * 常用意见 beside a comment box: picking a phrase hands its text to {@code onPick}; 保存为常用意见
 * keeps the comment typed so far ({@code text}) among the user's phrases.
 */
export function PhrasePicker({
  text,
  onPick,
  disabled,
}: {
  text: string | undefined;
  onPick: (phrase: string) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const message = useNotify();
  const phrases = usePhrases(!disabled);
  const add = useAddPhrase();
  const current = (text ?? '').trim();
  const list = phrases.data ?? [];

  const items: MenuProps['items'] = list.length
    ? list.map((p) => ({ key: String(p.id), label: <span className="phrase-option">{p.text}</span> }))
    : [{ key: 'empty', disabled: true, label: phrases.isError ? t('phrases.loadFailed') : t('phrases.empty') }];

  const onSave = () => {
    if (!current || add.isPending) return;
    if (exceeds(current, PHRASE_TEXT)) return void message.error(t('phrases.tooLong', { max: PHRASE_TEXT }));
    add.mutate(current, {
      onSuccess: () => message.success(t('phrases.saved')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  return (
    <Space size={4} wrap className="phrase-picker">
      <Dropdown
        disabled={disabled}
        trigger={['click']}
        menu={{
          items,
          style: { maxHeight: 320, overflowY: 'auto', maxWidth: 'min(360px, 90vw)' },
          onClick: ({ key }) => {
            const p = list.find((x) => String(x.id) === key);
            if (p) onPick(p.text);
          },
        }}
      >
        <Button size="small">{t('phrases.pick')}</Button>
      </Dropdown>
      <Button size="small" type="link" disabled={disabled || !current} loading={add.isPending} onClick={onSave}>
        {t('phrases.save')}
      </Button>
    </Space>
  );
}

/**
 * A comment box with 常用意见 under it, for a {@code Form.Item} (it passes value and onChange):
 * a picked phrase goes after what is typed.
 */
export function PhraseTextArea({
  id,
  value,
  onChange,
  rows,
  count,
  disabled,
  'aria-label': ariaLabel,
}: {
  /** Given by the Form.Item, so that its label names the box. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  rows: number;
  count?: TextAreaProps['count'];
  disabled?: boolean;
  'aria-label'?: string;
}) {
  return (
    <div className="phrase-text-area">
      <Input.TextArea
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        rows={rows}
        count={count}
        disabled={disabled}
        aria-label={ariaLabel}
      />
      <PhrasePicker text={value} disabled={disabled} onPick={(p) => onChange?.(withPhrase(value, p))} />
    </div>
  );
}
