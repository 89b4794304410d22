// Conversion between the API's ApplicationForm and the values held by the antd form
// (dates as dayjs objects there, ISO date strings on the wire and in localStorage).
import dayjs, { type Dayjs } from 'dayjs';
import type { ApplicationFormPayload } from '../types';

export type ApplicationFormState = Omit<ApplicationFormPayload, 'validFrom' | 'validTo'> & {
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
};

export const FORM_FIELDS: readonly (keyof ApplicationFormPayload)[] = [
  'itemName',
  'category',
  'legalBasis',
  'content',
  'performanceStandard',
  'leadOrgId',
  'cooperatingOrgIds',
  'targetScope',
  'targetTownshipIds',
  'targetVillageIds',
  'workloadHoursPerMonth',
  'frequency',
  'requiresDataReporting',
  'requiresSignboard',
  'requiresCertificate',
  'requiresAppOrChatGroup',
  'requiresCheckIn',
  'requiresPhotoProof',
  'fundingFollows',
  'fundingNote',
  'validFrom',
  'validTo',
  'selfAssessment',
];

export function emptyPayload(leadOrgId: number | null = null): ApplicationFormPayload {
  return {
    itemName: '',
    category: null,
    legalBasis: null,
    content: null,
    performanceStandard: null,
    leadOrgId,
    cooperatingOrgIds: [],
    targetScope: 'ALL',
    targetTownshipIds: [],
    targetVillageIds: [],
    workloadHoursPerMonth: null,
    frequency: null,
    requiresDataReporting: false,
    requiresSignboard: false,
    requiresCertificate: false,
    requiresAppOrChatGroup: false,
    requiresCheckIn: false,
    requiresPhotoProof: false,
    fundingFollows: false,
    fundingNote: null,
    validFrom: null,
    validTo: null,
    selfAssessment: null,
  };
}

/** Picks the form fields out of anything shaped like an ApplicationForm (e.g. an ApplicationDetail). */
export function pickPayload(source: Partial<Record<keyof ApplicationFormPayload, unknown>>): ApplicationFormPayload {
  const base = emptyPayload();
  const out: Record<string, unknown> = { ...base };
  for (const f of FORM_FIELDS) {
    const v = source[f];
    if (v !== undefined) out[f] = v;
  }
  const p = out as ApplicationFormPayload;
  return {
    ...p,
    itemName: p.itemName ?? '',
    cooperatingOrgIds: p.cooperatingOrgIds ?? [],
    targetTownshipIds: p.targetTownshipIds ?? [],
    targetVillageIds: p.targetVillageIds ?? [],
  };
}

const toDay = (v: string | null | undefined): Dayjs | null => {
  if (!v) return null;
  const d = dayjs(v);
  return d.isValid() ? d : null;
};

export function toFormState(payload: ApplicationFormPayload): ApplicationFormState {
  return { ...payload, validFrom: toDay(payload.validFrom), validTo: toDay(payload.validTo) };
}

const emptyToNull = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  return v.trim() === '' ? null : v;
};

/** The antd form's values → the JSON body of POST/PUT (all fields present; empty text → null). */
export function toPayload(values: Partial<ApplicationFormState>): ApplicationFormPayload {
  const date = (d: unknown) =>
    dayjs.isDayjs(d) && d.isValid() ? d.format('YYYY-MM-DD') : typeof d === 'string' && d ? d : null;
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
  const bool = (b: unknown) => b === true;
  const list = (l: unknown) => (Array.isArray(l) ? l.filter((x): x is number => typeof x === 'number') : []);
  return {
    itemName: typeof values.itemName === 'string' ? values.itemName : '',
    category: values.category ?? null,
    legalBasis: emptyToNull(values.legalBasis),
    content: emptyToNull(values.content),
    performanceStandard: emptyToNull(values.performanceStandard),
    leadOrgId: num(values.leadOrgId),
    cooperatingOrgIds: list(values.cooperatingOrgIds),
    targetScope: values.targetScope ?? null,
    targetTownshipIds: values.targetScope === 'ALL' ? [] : list(values.targetTownshipIds),
    targetVillageIds: values.targetScope === 'ALL' ? [] : list(values.targetVillageIds),
    workloadHoursPerMonth: num(values.workloadHoursPerMonth),
    frequency: values.frequency ?? null,
    requiresDataReporting: bool(values.requiresDataReporting),
    requiresSignboard: bool(values.requiresSignboard),
    requiresCertificate: bool(values.requiresCertificate),
    requiresAppOrChatGroup: bool(values.requiresAppOrChatGroup),
    requiresCheckIn: bool(values.requiresCheckIn),
    requiresPhotoProof: bool(values.requiresPhotoProof),
    fundingFollows: bool(values.fundingFollows),
    fundingNote: emptyToNull(values.fundingNote),
    validFrom: date(values.validFrom),
    validTo: date(values.validTo),
    selfAssessment: emptyToNull(values.selfAssessment),
  };
}
