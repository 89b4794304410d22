import { z } from 'zod';
import { tZh, type ListReviewTranslate } from '../i18n';

/** Starting the review of one item: the item chosen. */
export function createStartSchema(t: ListReviewTranslate = tZh) {
  return z.object({
    itemId: z
      .number({ error: t('review.start.itemRequired') })
      .int()
      .positive(),
  });
}

export type StartValues = z.output<ReturnType<typeof createStartSchema>>;
