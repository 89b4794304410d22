import { describe, expect, it } from 'vitest';
import { isServerPath, paths, safeRedirect } from '../paths';

describe('paths', () => {
  it('builds hrefs', () => {
    expect(paths.applications.getHref()).toBe('/applications');
    expect(paths.applications.getHref('all')).toBe('/applications?scope=all');
    expect(paths.applicationEdit.getHref(12)).toBe('/applications/12/edit');
    expect(paths.login.getHref('/applications/5')).toBe('/login?redirectTo=%2Fapplications%2F5');
    expect(paths.login.getHref()).toBe('/login');
    expect(paths.publicLookup.getHref('防汛')).toBe('/public/lookup?q=%E9%98%B2%E6%B1%9B');
    expect(paths.clueDetail.getHref(9)).toBe('/clues/9');
    expect(paths.clues.getHref('unit')).toBe('/clues?scope=unit');
    expect(paths.publicReport.getHref()).toBe('/public/report');
    expect(paths.publicReport.getHref('拍照')).toBe('/public/report?task=%E6%8B%8D%E7%85%A7');
    expect(paths.publicTrack.getHref()).toBe('/public/track');
    expect(paths.burden.getHref()).toBe('/burden');
    expect(paths.burdenVillage.getHref(31)).toBe('/burden/villages/31');
    expect(paths.listReviews.getHref({ status: 'FEEDBACK' })).toBe('/list-reviews?status=FEEDBACK');
    expect(paths.listReviewDetail.getHref(4)).toBe('/list-reviews/4');
    expect(paths.recurring.getHref({ groupBy: 'UNIT', from: '2026-08-01' })).toBe(
      '/recurring?groupBy=UNIT&from=2026-08-01',
    );
    expect(paths.specialTopics.getHref()).toBe('/special-topics');
    expect(paths.specialTopicDetail.getHref(7)).toBe('/special-topics/7');
  });

  it('only redirects to paths of this app after login', () => {
    expect(safeRedirect('/applications/5?x=1')).toBe('/applications/5?x=1');
    expect(safeRedirect(null)).toBe('/inbox');
    expect(safeRedirect('https://evil.example')).toBe('/inbox');
    expect(safeRedirect('//evil.example')).toBe('/inbox');
    expect(safeRedirect('/login?redirectTo=/x')).toBe('/inbox');
    expect(safeRedirect('/\t/evil.example')).toBe('/inbox');
    expect(safeRedirect('/\n/evil.example')).toBe('/inbox');
    expect(safeRedirect('/camunda/app/')).toBe('/camunda/app/');
  });

  it('knows which paths the backend serves itself', () => {
    expect(isServerPath('/camunda/app/')).toBe(true);
    expect(isServerPath('/camunda/app/cockpit/default/')).toBe(true);
    expect(isServerPath('/engine-rest/engine')).toBe(true);
    expect(isServerPath('/camundafoo')).toBe(false);
    expect(isServerPath('/inbox')).toBe(false);
    expect(isServerPath('/applications/camunda/')).toBe(false);
  });
});
