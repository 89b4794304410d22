// axe-core (pinned in package.json) injected into the page under test. Journeys assert that a
// page has no serious or critical violation; the minor and moderate ones are reported by axe's own
// rules as best practice and are not part of the bar (issue 12: "no serious or critical violation").
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG 2.x A and AA rules plus axe's best practices (landmarks, headings, names). Text contrast
 * (`color-contrast`, WCAG 1.4.3, "serious") is tagged wcag2aa; it is named as well, so that a change
 * of tags can never switch it off unnoticed, and every run checks that it ran.
 */
const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: { 'color-contrast': { enabled: true } },
  resultTypes: ['violations'],
};

/** Rules that must have looked at every page (a page always has text). */
const REQUIRED_RULES = ['color-contrast'];

/** Runs axe-core on the page as it is now; resolves with its violations of impact serious or critical. */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self')
    // rightly refuses an inline <script>, and the journey must not weaken it
    await page.evaluate(axeSource);
  }
  const { violations, ran } = await page.evaluate(
    (options) =>
      window.axe.run(document, options).then((r) => ({
        violations: r.violations,
        ran: [...r.violations, ...r.passes, ...r.incomplete].map((rule) => rule.id),
      })),
    RUN_OPTIONS,
  );
  for (const rule of REQUIRED_RULES) {
    if (!ran.includes(rule)) throw new Error(`axe-core did not run ${rule} on ${page.url()}`);
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation and failing element, to print when a page fails. */
export function describeViolations(where, violations) {
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${where}: [${v.impact}] ${v.id} (${v.help}) at ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}
