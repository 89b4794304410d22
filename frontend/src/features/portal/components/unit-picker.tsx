// The "unit reported" picker: one search box over the county's units. A part of the name (河口) or
// pinyin (jyj, jiaoyu) lists the matches; a tap picks one. A unit that is not in the list is taken
// as typed, with one more tap. Plain elements (a combobox and a listbox), not antd's Select: the
// form is a phone's first load.
import { CheckCircleFilled } from '@ant-design/icons';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { orgTypeLabel } from '@/lib/enums';
import { usePortalI18n } from '../i18n';
import type { PublicOrg } from '../types';
import { indexUnits, isPinyinQuery, loadPinyin, searchUnits, type PinyinReader } from '../utils/unit-search';

export function UnitPicker({
  id,
  orgs,
  orgId,
  unitText,
  invalid,
  describedBy,
  onPick,
  onTyped,
}: {
  id: string;
  /** The units one may pick (already without the office itself). */
  orgs: readonly PublicOrg[];
  /** The picked unit's id, '' when none. */
  orgId: string;
  /** The unit's name as typed when it is not in the list. */
  unitText: string;
  invalid: boolean;
  describedBy?: string;
  onPick: (orgId: string) => void;
  onTyped: (name: string) => void;
}) {
  const { t } = usePortalI18n();
  const picked = orgs.find((o) => String(o.id) === orgId) ?? null;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [reader, setReader] = useState<PinyinReader | null>(null);
  const [pinyinFailed, setPinyinFailed] = useState(false);

  // the pinyin dictionary comes with the first focus or latin letter, not with the page
  const wantPinyin = () => {
    if (reader || pinyinFailed) return;
    loadPinyin().then(setReader, () => setPinyinFailed(true));
  };

  const entries = useMemo(() => indexUnits(orgs, reader), [orgs, reader]);
  const matches = useMemo(() => searchUnits(entries, query), [entries, query]);
  const typed = query.trim();
  const waitingForPinyin = isPinyinQuery(query) && !reader && !pinyinFailed;
  // the options: the matches, then "take the name as typed" (also when nothing matches)
  const optionCount = matches.length + (typed ? 1 : 0);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (i: number) => {
    if (i < matches.length) {
      onPick(String(matches[i].id));
      onTyped('');
    } else if (typed) {
      onPick('');
      onTyped(typed);
    }
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (optionCount) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : optionCount - 1)) % optionCount);
    } else if (e.key === 'Enter') {
      // Enter picks the highlighted unit; it never submits the form from here
      e.preventDefault();
      if (open && optionCount) choose(active);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const shown = open && typed !== '';
  const current = picked ? picked.name : unitText;

  return (
    <div className="unit-picker">
      <input
        id={id}
        type="search"
        className="native-input"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && optionCount ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={current ? t('unitPicker.change') : t('unitPicker.placeholder')}
        value={query}
        onFocus={() => {
          wantPinyin();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          if (isPinyinQuery(e.target.value)) wantPinyin();
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('unitPicker.results')} className="unit-picker-list" hidden={!shown}>
        {matches.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="unit-picker-option"
            // mousedown would blur the input and close the list before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span>{o.name}</span> <span className="unit-picker-type">{orgTypeLabel(t, o.type)}</span>
          </li>
        ))}
        {typed ? (
          <li
            id={optionId(matches.length)}
            role="option"
            aria-selected={active === matches.length}
            className="unit-picker-option unit-picker-typed"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(matches.length)}
          >
            {t('unitPicker.useTyped', { name: typed })}
          </li>
        ) : null}
      </ul>
      {current ? (
        <div className="unit-picker-picked" data-testid="unit-picked">
          <CheckCircleFilled aria-hidden className="unit-picker-picked-icon" />{' '}
          {picked ? (
            <>
              {t('unitPicker.picked', { name: picked.name })}{' '}
              <span className="unit-picker-type">{orgTypeLabel(t, picked.type)}</span>
            </>
          ) : (
            t('unitPicker.typed', { name: unitText })
          )}
        </div>
      ) : null}
      <div className="unit-picker-status" role="status">
        {shown && waitingForPinyin ? t('unitPicker.loadingPinyin') : null}
        {shown && !waitingForPinyin && !matches.length ? t('unitPicker.none') : null}
      </div>
    </div>
  );
}
