import type { InboxTranslate } from '../i18n';

const KNOWN = ['admission', 'clue', 'list-review', 'special-topic'] as const;

/** A process's name in the current language; one this UI does not know keeps the server's (Chinese) name. */
export function chainLabel(t: InboxTranslate, chain: { key: string; name: string }): string {
  return (KNOWN as readonly string[]).includes(chain.key)
    ? t(`inbox.chain.${chain.key as (typeof KNOWN)[number]}`)
    : chain.name;
}
