// The capacity a manager types: hours a month, more than 0, at most 744 (a month's hours), one decimal.
import { z } from 'zod';
import { tZh, type BurdenTranslate } from '../i18n';

export const MAX_CAPACITY = 744;

const oneDecimal = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-6;

export function createCapacitySchema(t: BurdenTranslate = tZh) {
  return z.object({
    hoursPerMonth: z
      .number({ error: t('burden.capacity.required') })
      .gt(0, t('burden.capacity.range'))
      .max(MAX_CAPACITY, t('burden.capacity.range'))
      .refine(oneDecimal, t('burden.capacity.decimals')),
  });
}

export type CapacityValues = z.output<ReturnType<typeof createCapacitySchema>>;
