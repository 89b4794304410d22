// Load ratios of the burden meter (基层承载力): hours a month over what a village can carry.

export type LoadLevel = 'light' | 'high' | 'over';

/** Up to 80 % light, up to 100 % high, beyond that over capacity. */
export const HIGH_LOAD = 0.8;

export function loadLevel(ratio: number | null | undefined): LoadLevel | null {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return null;
  if (ratio > 1) return 'over';
  return ratio > HIGH_LOAD ? 'high' : 'light';
}

export const LOAD_COLORS: Record<LoadLevel, string> = { light: '#52c41a', high: '#faad14', over: '#ff4d4f' };

/** 1.042 → `104.2%`; '—' when there is no ratio (a capacity of 0). */
export function ratioPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return `${Math.round(ratio * 1000) / 10}%`;
}
