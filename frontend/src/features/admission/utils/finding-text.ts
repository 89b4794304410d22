// The text of a pre-check finding in the current language, from its code and parameters.
import type { AdmissionKey, AdmissionTranslate } from '../i18n';
import type { PreCheckFinding } from '../types';

/** Message key and the parameters its text needs, per finding code. */
const FINDINGS: Record<string, { key: AdmissionKey; params: readonly string[] }> = {
  MISSING_BASIS: { key: 'finding.MISSING_BASIS', params: [] },
  NO_FUNDING: { key: 'finding.NO_FUNDING', params: [] },
  NEGATIVE_DATA_REPORTING: { key: 'finding.NEGATIVE_DATA_REPORTING', params: [] },
  NEGATIVE_APP_OR_CHAT_GROUP: { key: 'finding.NEGATIVE_APP_OR_CHAT_GROUP', params: [] },
  NEGATIVE_CHECK_IN: { key: 'finding.NEGATIVE_CHECK_IN', params: [] },
  NEGATIVE_PHOTO_PROOF: { key: 'finding.NEGATIVE_PHOTO_PROOF', params: [] },
  NEGATIVE_SIGNBOARD: { key: 'finding.NEGATIVE_SIGNBOARD', params: [] },
  NEGATIVE_CERTIFICATE: { key: 'finding.NEGATIVE_CERTIFICATE', params: [] },
  NEGATIVE_TEXT_CHECK_IN: { key: 'finding.NEGATIVE_TEXT_CHECK_IN', params: ['phrase'] },
  NEGATIVE_TEXT_APP_OR_CHAT_GROUP: { key: 'finding.NEGATIVE_TEXT_APP_OR_CHAT_GROUP', params: ['phrase'] },
  NEGATIVE_TEXT_PHOTO_PROOF: { key: 'finding.NEGATIVE_TEXT_PHOTO_PROOF', params: ['phrase'] },
  NEGATIVE_TEXT_SIGNBOARD: { key: 'finding.NEGATIVE_TEXT_SIGNBOARD', params: ['phrase'] },
  NEGATIVE_TEXT_CERTIFICATE: { key: 'finding.NEGATIVE_TEXT_CERTIFICATE', params: ['phrase'] },
  NEGATIVE_TEXT_DATA_REPORTING: { key: 'finding.NEGATIVE_TEXT_DATA_REPORTING', params: ['phrase'] },
  NEGATIVE_TEXT_PLEDGE: { key: 'finding.NEGATIVE_TEXT_PLEDGE', params: ['phrase'] },
  WORKLOAD: { key: 'finding.WORKLOAD', params: ['villages', 'hoursPerVillage', 'totalHours', 'heavy'] },
  DUPLICATE_ITEM: { key: 'finding.DUPLICATE_ITEM', params: ['listNo', 'itemName', 'leadOrg'] },
  DUPLICATE_APPLICATION: { key: 'finding.DUPLICATE_APPLICATION', params: ['applicationId', 'itemName'] },
  OVER_CAPACITY: { key: 'finding.OVER_CAPACITY_PUSHED', params: ['pushed', 'already', 'villages'] },
};

/** 超出承载力: the villages the item would push over (the first ones named) and those already over. */
function overCapacityText(t: AdmissionTranslate, params: Record<string, string>): string {
  const pushed = Number(params.pushed) || 0;
  const already = Number(params.already) || 0;
  const parts: string[] = [];
  if (pushed > 0) {
    const key = params.more === 'true' ? 'finding.OVER_CAPACITY_PUSHED_MORE' : 'finding.OVER_CAPACITY_PUSHED';
    parts.push(t(key, { pushed, villages: params.villages }));
  }
  if (already > 0)
    parts.push(t(pushed > 0 ? 'finding.OVER_CAPACITY_ALSO' : 'finding.OVER_CAPACITY_ALREADY', { already }));
  return parts.join(t('finding.join'));
}

/**
 * The finding's text from the dictionary; the server's (Chinese) message when the code is unknown or
 * a parameter the text needs is missing.
 */
export function findingText(t: AdmissionTranslate, finding: PreCheckFinding): string {
  const known = Object.hasOwn(FINDINGS, finding.code) ? FINDINGS[finding.code] : undefined;
  const params = finding.params ?? {};
  if (!known || known.params.some((p) => typeof params[p] !== 'string')) return finding.message;
  if (finding.code === 'OVER_CAPACITY') return overCapacityText(t, params) || finding.message;
  const key = finding.code === 'WORKLOAD' && params.heavy === 'true' ? 'finding.WORKLOAD_HEAVY' : known.key;
  return t(key, params);
}

/** 多头指派: a duplicate pushed by another department (the red tag names it); null otherwise. */
export function multiDepartment(finding: PreCheckFinding): { leadOrg: string } | null {
  if (finding.code !== 'DUPLICATE_ITEM' && finding.code !== 'DUPLICATE_APPLICATION') return null;
  const params = finding.params ?? {};
  return params.multiDepartment === 'true' ? { leadOrg: params.leadOrg ?? '' } : null;
}

/** How similar a duplicate is, in percent ('' when not given). */
export function similarityPercent(finding: PreCheckFinding): string {
  const v = finding.params?.similarity;
  return typeof v === 'string' && /^\d{1,3}$/.test(v) ? v : '';
}
