// zod schemas of the user and organisation dialogs.
import { z } from 'zod';
import { ORG_TYPES, ROLES } from '@/lib/enums';
import { charCount, DISPLAY_NAME, ORG_NAME } from '@/lib/text-limits';
import { tZh, type AdminTranslate } from '../i18n';

/** ASCII only (the server's patterns): a user name of 3–50, an organisation code of 2–40. */
export const USERNAME_MAX = 50;
export const ORG_CODE_MAX = 40;

const text = (t: AdminTranslate, field: string, max: number) =>
  z
    .string({ error: t('admin.required', { field }) })
    .trim()
    .min(1, t('admin.required', { field }))
    .refine((v) => charCount(v) <= max, t('admin.tooLong', { field, max }));

export function createUserSchema(t: AdminTranslate = tZh, mode: 'create' | 'edit' = 'create') {
  const password =
    mode === 'create'
      ? // the password policy is the server's: it answers with a field error when a password is too weak
        z
          .string({ error: t('admin.required', { field: t('admin.password') }) })
          .min(1, t('admin.required', { field: t('admin.password') }))
      : z
          .string()
          .nullish()
          .transform((v) => (v ? v : undefined));
  return z.object({
    username: text(t, t('admin.username'), USERNAME_MAX),
    displayName: text(t, t('admin.displayName'), DISPLAY_NAME),
    password,
    orgId: z.number({ error: t('admin.orgRequired') }).int(),
    roles: z.array(z.enum(ROLES), { error: t('admin.rolesRequired') }).min(1, t('admin.rolesRequired')),
    enabled: z
      .boolean()
      .nullish()
      .transform((v) => v ?? true),
  });
}

export type UserFormValues = z.output<ReturnType<typeof createUserSchema>>;

export function createOrgSchema(t: AdminTranslate = tZh) {
  return z.object({
    code: text(t, t('admin.orgCode'), ORG_CODE_MAX),
    name: text(t, t('admin.orgName'), ORG_NAME),
    type: z.enum(ORG_TYPES, { error: t('admin.orgTypeRequired') }),
    parentId: z
      .number()
      .int()
      .nullish()
      .transform((v) => v ?? null),
  });
}

export type OrgFormValues = z.output<ReturnType<typeof createOrgSchema>>;

/** The limits of SynonymRules on the server, which checks them again (and that a word is in one group only). */
export const SYNONYM_MIN_TERMS = 2;
export const SYNONYM_MAX_TERMS = 20;
export const SYNONYM_MAX_TERM_LENGTH = 20;
const SYNONYM_FORBIDDEN = /[|,，;；/\\=>\p{Cc}]/u;

export function createSynonymSchema(t: AdminTranslate = tZh) {
  const tooFew = t('admin.synonymTermsMin', { min: SYNONYM_MIN_TERMS });
  return z.object({
    terms: z
      .array(z.string().trim(), { error: tooFew })
      .transform((terms) => terms.filter((term) => term !== ''))
      .superRefine((terms, ctx) => {
        if (terms.length < SYNONYM_MIN_TERMS) ctx.addIssue({ code: 'custom', message: tooFew });
        if (terms.length > SYNONYM_MAX_TERMS)
          ctx.addIssue({ code: 'custom', message: t('admin.synonymTermsMax', { max: SYNONYM_MAX_TERMS }) });
        for (const term of terms) {
          // counted by character, as the server does: 𠀾 or 😀 is one
          if (charCount(term) > SYNONYM_MAX_TERM_LENGTH)
            ctx.addIssue({
              code: 'custom',
              message: t('admin.synonymTermTooLong', { term, max: SYNONYM_MAX_TERM_LENGTH }),
            });
          if (SYNONYM_FORBIDDEN.test(term))
            ctx.addIssue({ code: 'custom', message: t('admin.synonymTermSeparator', { term }) });
        }
      }),
  });
}

export type SynonymFormValues = z.output<ReturnType<typeof createSynonymSchema>>;
