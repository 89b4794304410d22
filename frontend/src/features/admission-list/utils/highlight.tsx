import type { ReactNode } from 'react';

/** `text` with every occurrence of the terms marked (longest first, case-insensitive, no regex from user input). */
export function highlight(text: string, terms: readonly string[] | null | undefined): ReactNode {
  const words = [...new Set((terms ?? []).map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length || !text) return text;
  const lower = text.toLowerCase();
  const out: ReactNode[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = words.find((w) => lower.startsWith(w.toLowerCase(), i));
    if (hit) {
      if (plain) out.push(plain);
      plain = '';
      out.push(<mark key={i}>{text.slice(i, i + hit.length)}</mark>);
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push(plain);
  return out;
}
