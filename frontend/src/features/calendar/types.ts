/** How a day differs from the plain week (the server's SpecialDayKind). */
export const SPECIAL_DAY_KINDS = ['HOLIDAY', 'MAKEUP_WORKDAY'] as const;
export type SpecialDayKind = (typeof SPECIAL_DAY_KINDS)[number];

/** One day of the working-day calendar (GET /api/calendar/special-days?year=). */
export type SpecialDay = {
  id: number;
  /** yyyy-MM-dd */
  date: string;
  kind: SpecialDayKind;
  name: string;
  changedBy: string;
  changedAt: string;
};

export type SpecialDayBody = { date: string; kind: SpecialDayKind; name: string };
