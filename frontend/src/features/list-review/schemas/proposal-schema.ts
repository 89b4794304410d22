// The lead department's proposal: keep, change or withdraw, always with a reason. A change starts
// from the current text and sends only the fields that differ from it (the server keeps the others).
import { z } from 'zod';
import { charCount, ITEM_CONTENT, ITEM_NAME, PERFORMANCE_STANDARD, PROPOSAL_REASON } from '@/lib/text-limits';
import type { ProposalBody } from '../api/submit-proposal';
import { tZh, type ListReviewTranslate } from '../i18n';
import { PROPOSALS } from '../types';
import { MAX_HOURS, oneDecimal } from './feedback-schema';

/** The item's text as it stands, which a change starts from. */
export type CurrentText = {
  itemName: string | null;
  content: string | null;
  performanceStandard: string | null;
  hoursPerMonth: number | null;
};

export const TEXT_FIELDS = [
  { name: 'itemName', max: ITEM_NAME },
  { name: 'content', max: ITEM_CONTENT },
  { name: 'performanceStandard', max: PERFORMANCE_STANDARD },
] as const;

const trimmed = (v: string | null | undefined) => (v ?? '').trim();

export function createProposalSchema(current: CurrentText, t: ListReviewTranslate = tZh) {
  const reasonRequired = t('review.propose.reasonRequired');
  return z
    .object({
      proposal: z.enum(PROPOSALS, { error: t('review.propose.proposalRequired') }),
      reason: z
        .string({ error: reasonRequired })
        .trim()
        .min(1, reasonRequired)
        .refine((v) => charCount(v) <= PROPOSAL_REASON, t('review.propose.reasonTooLong', { max: PROPOSAL_REASON })),
      itemName: z.string().nullish(),
      content: z.string().nullish(),
      performanceStandard: z.string().nullish(),
      hoursPerMonth: z.number().nullish(),
    })
    .superRefine((v, ctx) => {
      if (v.proposal !== 'CHANGE') return;
      for (const { name, max } of TEXT_FIELDS) {
        const value = trimmed(v[name]);
        if (!value && trimmed(current[name])) {
          ctx.addIssue({ code: 'custom', path: [name], message: t('review.propose.cannotClear') });
        } else if (charCount(value) > max) {
          ctx.addIssue({ code: 'custom', path: [name], message: t('review.propose.tooLong', { max }) });
        }
      }
      const hours = v.hoursPerMonth;
      if (hours === null || hours === undefined) {
        if (current.hoursPerMonth !== null) {
          ctx.addIssue({ code: 'custom', path: ['hoursPerMonth'], message: t('review.propose.cannotClear') });
        }
      } else if (hours < 0 || hours > MAX_HOURS) {
        ctx.addIssue({ code: 'custom', path: ['hoursPerMonth'], message: t('review.propose.hoursRange') });
      } else if (!oneDecimal(hours)) {
        ctx.addIssue({ code: 'custom', path: ['hoursPerMonth'], message: t('review.propose.hoursDecimals') });
      }
      if (Object.keys(changedFields(v, current)).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['content'], message: t('review.propose.nothingChanged') });
      }
    })
    .transform((v): ProposalBody => {
      const body: ProposalBody = { proposal: v.proposal, reason: v.reason };
      return v.proposal === 'CHANGE' ? { ...body, ...changedFields(v, current) } : body;
    });
}

type Edited = {
  itemName?: string | null;
  content?: string | null;
  performanceStandard?: string | null;
  hoursPerMonth?: number | null;
};

/** The fields of a change that differ from the current text, trimmed (empty ones are never a change). */
export function changedFields(
  v: Edited,
  current: CurrentText,
): Pick<ProposalBody, 'itemName' | 'content' | 'performanceStandard' | 'hoursPerMonth'> {
  const out: Pick<ProposalBody, 'itemName' | 'content' | 'performanceStandard' | 'hoursPerMonth'> = {};
  for (const { name } of TEXT_FIELDS) {
    const value = trimmed(v[name]);
    if (value && value !== trimmed(current[name])) out[name] = value;
  }
  const hours = v.hoursPerMonth;
  if (hours !== null && hours !== undefined && hours !== current.hoursPerMonth) out.hoursPerMonth = hours;
  return out;
}

export type ProposalFormValues = z.input<ReturnType<typeof createProposalSchema>>;
