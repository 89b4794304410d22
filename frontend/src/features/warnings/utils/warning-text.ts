// What a warning says and where it leads, built from its rule, subject and params (both languages;
// the server's ruleLabel is Chinese only).
import { paths } from '@/config/paths';
import type { CurrentUser } from '@/lib/auth';
import { enumLabel, isOneOf } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import type { WarningsTranslate } from '../i18n';
import { SEVERITIES, WARNING_RULES, WARNING_STATUSES, type Warning } from '../types';

export const ruleLabel = (t: WarningsTranslate, rule: string) => enumLabel(t, 'warnRule', WARNING_RULES, rule);
export const severityLabel = (t: WarningsTranslate, s: string) => enumLabel(t, 'severity', SEVERITIES, s);
export const statusLabel = (t: WarningsTranslate, s: string) => enumLabel(t, 'warnStatus', WARNING_STATUSES, s);

export const SEVERITY_COLORS: Record<string, string> = { SERIOUS: 'red', WARNING: 'orange', NOTICE: 'blue' };
export const STATUS_COLORS: Record<string, string> = { OPEN: 'gold', ACKNOWLEDGED: 'blue', RESOLVED: 'default' };

/** One line per rule from the warning's params ("—" for a value the server did not send). */
export function warningSentence(t: WarningsTranslate, w: Pick<Warning, 'rule' | 'params'>): string {
  if (!isOneOf(WARNING_RULES, w.rule)) return '';
  const p = w.params ?? {};
  const v = (name: string) => (p[name] ? p[name] : '—');
  switch (w.rule) {
    case 'VILLAGE_OVER_CAPACITY':
      return t('warnSentence.VILLAGE_OVER_CAPACITY', { items: v('items'), hours: v('hours'), capacity: v('capacity') });
    case 'MULTI_LEAD':
      return t('warnSentence.MULTI_LEAD', {
        otherLead: v('otherLead'),
        similarTo: v('similarTo'),
        similar: v('similar'),
      });
    case 'SIMILAR_CLUES':
      return t('warnSentence.SIMILAR_CLUES', { clues: v('clues'), clueNos: v('clueNos'), units: v('units') });
    case 'STEP_DUE_SOON':
    case 'STEP_OVERDUE': {
      const process = p.process === 'clue' || p.process === 'admission' ? t(`warnProcess.${p.process}`) : v('process');
      return t(`warnSentence.${w.rule}`, { process, dueAt: p.dueAt ? formatDateTime(p.dueAt) : '—' });
    }
    case 'REVIEW_OVERRUN':
      return t('warnSentence.REVIEW_OVERRUN', { expiryDate: v('expiryDate') });
    case 'ITEM_EXPIRING':
      return t('warnSentence.ITEM_EXPIRING', { expiryDate: v('expiryDate'), days: v('days') });
    case 'REPEATED_SUBSTANTIATED':
      return t('warnSentence.REPEATED_SUBSTANTIATED', { clues: v('clues'), days: v('days') });
    case 'RECTIFICATION_SENT_BACK':
      return t('warnSentence.RECTIFICATION_SENT_BACK', { clueNo: v('clueNo'), times: v('times') });
    case 'LOW_EVALUATION_SCORE':
      return t('warnSentence.LOW_EVALUATION_SCORE', { round: v('round'), average: v('average'), below: v('below') });
  }
}

type Viewer = Pick<CurrentUser, 'orgId' | 'orgType'> | null | undefined;

/** The clue list narrowed to a unit, in the list the viewer may open (own unit, township's, or the county's). */
function unitCluesHref(orgId: string, viewer: Viewer): string {
  if (viewer && String(viewer.orgId) === orgId) return paths.clues.getHref('unit', { unitOrgId: orgId });
  if (viewer?.orgType === 'TOWNSHIP') return paths.clues.getHref('township', { unitOrgId: orgId });
  return paths.clues.getHref('all', { unitOrgId: orgId });
}

/** The page of the warning's subject, or null when there is none to open. */
export function subjectHref(w: Pick<Warning, 'subjectType' | 'subjectKey' | 'params'>, viewer: Viewer): string | null {
  const p = w.params ?? {};
  const key = w.subjectKey;
  switch (w.subjectType) {
    case 'VILLAGE':
      return key ? paths.burdenVillage.getHref(key) : null;
    case 'APPLICATION':
      return key ? paths.applicationDetail.getHref(key) : null;
    case 'ITEM':
      return key ? paths.admissionItem.getHref(key) : null;
    case 'TASK':
      if (!p.businessKey) return null;
      return p.process === 'clue'
        ? paths.clueDetail.getHref(p.businessKey)
        : paths.applicationDetail.getHref(p.businessKey);
    case 'CLUE':
      return key ? paths.clueDetail.getHref(key) : null;
    case 'CLUE_UNIT':
      return p.clueId ? paths.clueDetail.getHref(p.clueId) : null;
    case 'ORG':
      // a low evaluation score leads to the round's results; other warnings about a unit to its clues
      if (p.roundId) return paths.evaluationResults.getHref(p.roundId);
      return key ? unitCluesHref(key, viewer) : null;
    default:
      return null;
  }
}
