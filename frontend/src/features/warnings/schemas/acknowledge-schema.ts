import { z } from 'zod';
import { charCount, WARNING_NOTE } from '@/lib/text-limits';
import type { WarningsTranslate } from '../i18n';

/** The acknowledgement's note: required, at most WARNING_NOTE characters (code points). */
export function createAcknowledgeSchema(t: WarningsTranslate) {
  const required = t('warn.noteRequired');
  return z.object({
    note: z
      .string({ error: required })
      .trim()
      .min(1, required)
      .refine((v) => charCount(v) <= WARNING_NOTE, t('warn.noteTooLong', { max: WARNING_NOTE })),
  });
}
