// How long each text people type may be: the same names and numbers as the backend's
// cn.jianfu.common.TextLimits (the column sizes; TextLimitsMirrorTest keeps the two equal). Every
// limit counts characters as a person counts them — a rare name character or an emoji outside the
// Basic Multilingual Plane is one character, as it is for the utf8mb4 columns, not two UTF-16 units.

// Organisations and users
export const ORG_NAME = 100;
export const DISPLAY_NAME = 50;

// Admission applications and items
export const ITEM_NAME = 100;
export const LEGAL_BASIS = 2000;
export const ITEM_CONTENT = 4000;
export const PERFORMANCE_STANDARD = 2000;
export const FUNDING_NOTE = 500;
export const SELF_ASSESSMENT = 4000;
/** A reviewer's or approver's comment, a refusal or withdrawal reason. */
export const DECISION_COMMENT = 2000;

// Clues
export const REPORTED_UNIT_TEXT = 100;
export const PLACE = 200;
export const OCCURRED_WHEN = 100;
export const DESCRIPTION = 4000;
/** The shortest description that says something. */
export const DESCRIPTION_MIN = 10;
export const REPORTER_NAME = 50;
/** Findings, plan, report, reply, the reporter's addition. */
export const CLUE_TEXT = 4000;
/** The triage reason and the office's check comment. */
export const CLUE_COMMENT = 2000;
export const RATING_COMMENT = 1000;
export const TYPICAL_SUMMARY = 2000;
/** The office's record of a call-back (回访). */
export const CALLBACK_NOTE = 500;

// Warnings
export const WARNING_NOTE = 1000;

// Notification preferences
export const NOTIFY_EMAIL = 200;
/** The receiver at the SMS or government-chat gateway. */
export const NOTIFY_RECEIVER = 100;

// The list's two-year review
export const FEEDBACK_COMMENT = 1000;
export const PROPOSAL_REASON = 2000;
export const REVIEW_ROUND_NAME = 100;

// Special rectification topics
export const TOPIC_TITLE = 100;
export const TOPIC_DESCRIPTION = 2000;
export const TOPIC_REPORT = 4000;

// Evaluation of departments
export const EVALUATION_ROUND_NAME = 100;
export const EVALUATION_COMMENT = 1000;

// Attachments
export const FILE_NAME = 200;

// The working-day calendar
/** The holiday a special day belongs to (春节, 国庆节). */
export const SPECIAL_DAY_NAME = 30;
// A user's saved phrases, 常用意见 (V30)
export const PHRASE_TEXT = 200;

// Lines the platform composes from the texts above (cut to fit, never refused)
export const AUDIT_LINE = 4000;
export const COOPERATING_NAMES = 1000;

/** The length a person sees: characters (code points), a surrogate pair counted once. */
export function charCount(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  // for…of walks a string by code points
  for (const _c of text) n++;
  return n;
}

/** Whether the text is longer than `max` characters. */
export function exceeds(text: string | null | undefined, max: number): boolean {
  return !!text && text.length > max && charCount(text) > max;
}

/** The first `max` characters, never half a surrogate pair. */
export function cutToChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  let n = 0;
  for (const c of text) {
    if (n === max) break;
    out += c;
    n++;
  }
  return out;
}

export type CharLimit = {
  readonly max: number;
  readonly show: boolean;
  readonly strategy: (text: string) => number;
  readonly exceedFormatter: (text: string) => string;
};

const charLimits = new Map<string, CharLimit>();

/**
 * antd Input / TextArea `count` for a limit counted in characters: shows "n / max" (unless `show` is
 * false) and cuts typed or pasted text at `max` characters without splitting one (antd's `maxLength`
 * counts UTF-16 units, so 100 rare characters would not fit a limit of 100). The same object for the
 * same limit, so that antd does not recompute it on every render.
 */
export function charLimit(max: number, show = true): CharLimit {
  const key = `${max}:${show}`;
  let limit = charLimits.get(key);
  if (!limit) {
    limit = { max, show, strategy: charCount, exceedFormatter: (text) => cutToChars(text, max) };
    charLimits.set(key, limit);
  }
  return limit;
}
