/** One step of a case's step bar, as the server computes it (ApplicationDetail / ClueDetail `milestones`). */
export type MilestoneState = 'DONE' | 'CURRENT' | 'WAITING' | 'STOPPED';

export type Milestone = {
  /** SUBMITTED, REVIEWED, APPROVED for applications; ASSIGNED, VERIFIED, RECTIFIED, ANSWERED for clues. */
  key: string;
  /** The step's Chinese name from the server (used when the UI has no translation for the key). */
  label: string;
  state: MilestoneState;
  /** RETURNED, REFUSED, WITHDRAWN, NOT_SUBSTANTIATED, NOT_ACCEPTED, MERGED; null for a plain step. */
  outcome: string | null;
  at: string | null;
  /** People's display names, in order. */
  people: string[];
};
