import { z } from 'zod';
import { charCount, NOTIFY_EMAIL, NOTIFY_RECEIVER } from '@/lib/text-limits';
import type { NotificationsTranslate } from '../i18n';

/** The e-mail column's size and the gateway receiver's (TextLimits.NOTIFY_EMAIL and NOTIFY_RECEIVER). */
export const EMAIL_MAX = NOTIFY_EMAIL;
export const WEBHOOK_TO_MAX = NOTIFY_RECEIVER;

const RECEIVER = /^[A-Za-z0-9_.@+-]+$/;

/** Blank is "none"; a channel turned on needs its address. */
export function createPreferencesSchema(t: NotificationsTranslate) {
  const text = z
    .string()
    .nullish()
    .transform((v) => v?.trim() ?? '');
  return z
    .object({
      email: text,
      emailEnabled: z.boolean().nullish().transform(Boolean),
      webhookTo: text,
      webhookEnabled: z.boolean().nullish().transform(Boolean),
      dailyDigest: z.boolean().nullish().transform(Boolean),
    })
    .superRefine((v, ctx) => {
      if (v.email && charCount(v.email) > EMAIL_MAX)
        ctx.addIssue({ code: 'custom', path: ['email'], message: t('pref.emailTooLong', { max: EMAIL_MAX }) });
      else if (v.email && !z.email().safeParse(v.email).success)
        ctx.addIssue({ code: 'custom', path: ['email'], message: t('pref.emailInvalid') });
      else if (v.emailEnabled && !v.email)
        ctx.addIssue({ code: 'custom', path: ['email'], message: t('pref.emailRequired') });
      if (v.webhookTo && (v.webhookTo.length > WEBHOOK_TO_MAX || !RECEIVER.test(v.webhookTo)))
        ctx.addIssue({
          code: 'custom',
          path: ['webhookTo'],
          message: t('pref.webhookInvalid', { max: WEBHOOK_TO_MAX }),
        });
      else if (v.webhookEnabled && !v.webhookTo)
        ctx.addIssue({ code: 'custom', path: ['webhookTo'], message: t('pref.webhookRequired') });
    })
    .transform((v) => ({
      email: v.email || null,
      emailEnabled: v.emailEnabled,
      webhookTo: v.webhookTo || null,
      webhookEnabled: v.webhookEnabled,
      dailyDigest: v.dailyDigest,
    }));
}
