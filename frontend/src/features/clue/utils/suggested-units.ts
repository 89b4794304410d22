import type { Org } from '@/lib/orgs';

/**
 * The units the office most likely assigns a clue to, so that nothing the reporter gave is typed
 * again: the unit reported, and the village (or villages) whose name the place text contains. A
 * village whose name is part of a longer matched one (东关 in 东关社区) is left out; at most `max`.
 */
export function suggestedUnits(
  clue: { reportedOrgId: number | null; place: string | null },
  orgs: readonly Org[],
  max: number,
): number[] {
  const assignable = orgs.filter((o) => o.type !== 'BURDEN_OFFICE');
  const picked: number[] = [];
  if (clue.reportedOrgId !== null && assignable.some((o) => o.id === clue.reportedOrgId)) {
    picked.push(clue.reportedOrgId);
  }
  const place = clue.place?.trim();
  if (place) {
    const villages = assignable.filter((o) => o.type === 'VILLAGE' && o.name && place.includes(o.name));
    const longest = villages.filter((v) => !villages.some((w) => w !== v && w.name.includes(v.name)));
    for (const v of longest) if (!picked.includes(v.id)) picked.push(v.id);
  }
  return picked.slice(0, max);
}
