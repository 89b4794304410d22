import { z } from 'zod';
import { tZh, type AuthTranslate } from '../i18n';

/** A code from the authenticator app: 6 digits (spaces typed or pasted along are ignored). */
export const createTotpCodeSchema = (t: AuthTranslate = tZh) =>
  z
    .string({ error: t('twoFactor.codeRequired') })
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(
      z
        .string()
        .min(1, t('twoFactor.codeRequired'))
        .regex(/^\d{6}$/, t('twoFactor.codeFormat')),
    );

/** A recovery code (abcd-efgh-…) or, where both are accepted, a 6-digit code. */
export const createRecoveryCodeSchema = (t: AuthTranslate = tZh) =>
  z
    .string({ error: t('twoFactor.recoveryRequired') })
    .trim()
    .min(1, t('twoFactor.recoveryRequired'))
    .max(40, t('twoFactor.recoveryRequired'));
