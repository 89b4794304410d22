import { paths, safeRedirect } from '@/config/paths';
import { enumLabel } from '@/lib/enums';
import type { Language } from '@/lib/i18n';
import type { NotificationsTranslate } from '../i18n';
import { NOTICE_KINDS, type Notification } from '../types';

export const kindLabel = (t: NotificationsTranslate, kind: string) => enumLabel(t, 'noticeKind', NOTICE_KINDS, kind);

/** The server writes titles in Chinese: in English the kind's label goes first, so the reader knows what it is. */
export function notificationTitle(
  t: NotificationsTranslate,
  lang: Language,
  n: Pick<Notification, 'kind' | 'title'>,
): string {
  return lang === 'en' ? t('notif.englishTitle', { kind: kindLabel(t, n.kind), title: n.title }) : n.title;
}

/** Where a notification leads: its app path, or the full list when it has none (never outside the app). */
export function notificationHref(n: Pick<Notification, 'link'>): string {
  return safeRedirect(n.link, paths.notifications.getHref());
}
