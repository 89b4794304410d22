import { z } from 'zod';
import { tZh, type AuthTranslate } from '../i18n';

export const createLoginSchema = (t: AuthTranslate = tZh) =>
  z.object({
    username: z
      .string({ error: t('login.usernameRequired') })
      .trim()
      .min(1, t('login.usernameRequired')),
    password: z.string({ error: t('login.passwordRequired') }).min(1, t('login.passwordRequired')),
  });

export type LoginValues = z.output<ReturnType<typeof createLoginSchema>>;
