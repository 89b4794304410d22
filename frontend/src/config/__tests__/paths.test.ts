import { describe, expect, it } from 'vitest';
import { paths, safeRedirect } from '../paths';

describe('paths', () => {
  it('builds hrefs', () => {
    expect(paths.applications.getHref()).toBe('/applications');
    expect(paths.applications.getHref('all')).toBe('/applications?scope=all');
    expect(paths.applicationEdit.getHref(12)).toBe('/applications/12/edit');
    expect(paths.login.getHref('/applications/5')).toBe('/login?redirectTo=%2Fapplications%2F5');
    expect(paths.login.getHref()).toBe('/login');
    expect(paths.publicLookup.getHref('防汛')).toBe('/public/lookup?q=%E9%98%B2%E6%B1%9B');
  });

  it('only redirects to paths of this app after login', () => {
    expect(safeRedirect('/applications/5?x=1')).toBe('/applications/5?x=1');
    expect(safeRedirect(null)).toBe('/inbox');
    expect(safeRedirect('https://evil.example')).toBe('/inbox');
    expect(safeRedirect('//evil.example')).toBe('/inbox');
    expect(safeRedirect('/login?redirectTo=/x')).toBe('/inbox');
  });
});
