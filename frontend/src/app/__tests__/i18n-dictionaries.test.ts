// Every dictionary of the app: the shared one, the app shell's and each feature's (found by file
// name, so a new feature's is checked too). The compiler already checks each one's key parity
// (`satisfies Record<keyof typeof zh, string>`); this test checks it again at run time, with the
// placeholders, and that no two dictionaries define the same key (one would hide the other).
import { describe, expect, it } from 'vitest';
import type { Messages } from '@/lib/i18n';
import { sharedMessages } from '@/lib/messages';

type Module = Record<string, unknown>;

const modules = import.meta.glob<Module>(['../i18n.ts', '../../features/*/i18n.ts'], { eager: true });

function isMessages(v: unknown): v is Messages<string> {
  return typeof v === 'object' && v !== null && 'zh' in v && 'en' in v;
}

const dictionaries: [string, Messages<string>][] = [
  ['src/lib/messages.ts', sharedMessages],
  ...Object.entries(modules).map(([path, mod]): [string, Messages<string>] => {
    const found = Object.values(mod).filter(isMessages);
    if (found.length !== 1) throw new Error(`${path} should export exactly one dictionary`);
    return [path, found[0]];
  }),
];

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('dictionaries', () => {
  it('are found for the app shell and every feature', () => {
    expect(dictionaries.length).toBeGreaterThanOrEqual(9);
  });

  it.each(dictionaries)('%s has the same keys in Chinese and English', (_path, messages) => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
  });

  it.each(dictionaries)('%s has no empty entry', (_path, messages) => {
    for (const dict of [messages.zh, messages.en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it.each(dictionaries)('%s uses the same placeholders in both languages', (_path, messages) => {
    for (const [key, zh] of Object.entries(messages.zh)) {
      expect(placeholders(messages.en[key] ?? ''), key).toEqual(placeholders(zh));
    }
  });

  it('never defines a key twice', () => {
    const owner = new Map<string, string>();
    for (const [path, messages] of dictionaries) {
      for (const key of Object.keys(messages.zh)) {
        expect(owner.get(key), `${key} in ${path}`).toBeUndefined();
        owner.set(key, path);
      }
    }
  });
});
