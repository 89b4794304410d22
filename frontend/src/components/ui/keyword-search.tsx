import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useI18n } from '@/lib/i18n';

/** A list page's 关键词 box: the text stays here until 搜索 (or Enter, or clearing it), then goes to onSearch trimmed. */
export function KeywordSearch({
  initial,
  onSearch,
  placeholder,
  style,
}: {
  initial: string;
  onSearch: (keyword: string) => void;
  placeholder: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  return (
    <Input.Search
      style={style}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
      placeholder={placeholder}
      aria-label={t('common.keyword')}
      enterButton={t('common.search')}
      allowClear
    />
  );
}
