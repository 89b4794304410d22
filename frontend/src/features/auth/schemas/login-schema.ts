import { z } from 'zod';
import { tZh, type Translate } from '@/lib/i18n';

export const createLoginSchema = (t: Translate = tZh) =>
  z.object({
    username: z
      .string({ error: t('login.usernameRequired') })
      .trim()
      .min(1, t('login.usernameRequired')),
    password: z.string({ error: t('login.passwordRequired') }).min(1, t('login.passwordRequired')),
  });

export type LoginValues = z.output<ReturnType<typeof createLoginSchema>>;
