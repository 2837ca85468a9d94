/**
 * A hostile page, in Debian Chromium and Firefox ESR: a strict CSP with Trusted Types (with and without
 * 'allow-duplicates'), two copies of the CDN folder loaded from two URLs (one as a module, one as a classic
 * script), every element, hostile attribute values (markup, script URLs, absurd numbers, impossible dates) and
 * hostile feeds and plans (markup in notes and titles, impossible dates, not JSON, missing). The page must end with
 * every element showing something (content or a message), zero CSP violations (an injected handler or script
 * would be one), zero uncaught errors, no script run by a payload, and no request off the page's origin.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { describeInEachEngine } from '../support/engines.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dist = `${repoRoot}packages/elements/dist`;
const pages = `${dist}/hostile`;
const secondCopy = `${dist}/cdn-hostile-copy`;


/** Markup and script a careless or hostile publisher could put in any text; run, each would set `window.pwned`. */
const payloads = [
  `<img src=x onerror="window.pwned='img'">`,
  `"><script>window.pwned='script'</script>`,
  `<svg onload="window.pwned='svg'"></svg>`,
  `javascript:window.pwned='url'`,
  `{{constructor.constructor('window.pwned=1')()}}`,
  `\u202e\u0000<b>`,
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Every element with hostile attributes, and with hostile feeds and plans. */
function elements(): string {
  const tags: string[] = [];
  for (const p of payloads.map(escape)) {
    tags.push(
      `<dz-task-matrix section="${p}"></dz-task-matrix>`,
      `<dz-task-matrix unit="${p}" rows="${p}" sort="${p}"></dz-task-matrix>`,
      `<dz-task-matrix section="4" caption="${p}" export></dz-task-matrix>`,
      `<dz-task-card task="${p}"></dz-task-card>`,
      `<dz-task-card task="9" unit-href="${p}/{id}" progress-src="${p}"></dz-task-card>`,
      `<dz-target-gauge target="${p}"></dz-target-gauge>`,
      `<dz-target-gauge target="t09.1" value="${p}" as-of="${p}"></dz-target-gauge>`,
      `<dz-target-gauge target="t09.1" value="2100" caption="${p}" lang="${p}"></dz-target-gauge>`,
    );
  }
  tags.push(
    `<dz-target-gauge target="t09.1" value="1e308"></dz-target-gauge>`,
    `<dz-target-gauge target="t09.1" value="-1e308" as-of="9999-99-99"></dz-target-gauge>`,
    `<dz-target-gauge target="t09.1" value="2100" as-of="2023-02-30"></dz-target-gauge>`,
    `<dz-target-gauge target="t09.1" src="xss-notes.json"></dz-target-gauge>`,
    `<dz-task-card task="9" progress-src="xss-notes.json"></dz-task-card>`,
    `<dz-target-gauge target="t09.1" src="impossible-date.json"></dz-target-gauge>`,
    `<dz-target-gauge target="t09.1" src="not-json.json"></dz-target-gauge>`,
    `<dz-target-gauge target="t09.1" src="missing.json"></dz-target-gauge>`,
    `<dz-task-card task="9" plan-src="xss-plan.json"></dz-task-card>`,
    `<dz-task-matrix section="4" plan-src="xss-plan.json"></dz-task-matrix>`,
    `<dz-target-gauge target="t01.1" value="1" plan-src="impossible-plan.json"></dz-target-gauge>`,
  );
  return tags.join('\n      ');
}

function page(title: string, trustedTypes: string): string {
  return `<!doctype html>
<html lang="zh-Hant">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types ${trustedTypes}" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="../cdn/dz-elements.js"></script>
    <script src="../cdn-hostile-copy/dz-elements.js"></script>
  </head>
  <body>
    <main>
      ${elements()}
    </main>
  </body>
</html>
`;
}

/** The feeds and plans the page loads, written beside it. */
function writeFeeds(): void {
  const plan = JSON.parse(readFileSync(`${repoRoot}packages/elements/test-fixtures/built-plan.json`, 'utf8'));
  // The gauges and cards on feeds show the bundled Dezhou plan; the plans are a small built one with payloads in it.
  const report = (entries: unknown[], asOf = '2023-06-30') => JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf, entries });
  // The stored data without the bidirectional control (validation refuses it, validation-bidi.test.ts), so the plan and
  // the notes are read and shown, their markup as text; the attributes keep it.
  const stored = payloads.map((payload) => payload.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
  writeFileSync(`${pages}/xss-notes.json`, report(stored.map((note) => ({ target: 't09.1', value: 2100, asOf: '2023-06-30', note }))));
  writeFileSync(`${pages}/impossible-date.json`, report([{ target: 't09.1', value: 2100, asOf: '2023-02-30' }], '9999-99-99'));
  writeFileSync(`${pages}/not-json.json`, `<html><script>window.pwned='feed'</script></html>`);
  const hostilePlan = structuredClone(plan);
  hostilePlan.title['zh-Hant'] = stored.join(' ');
  for (const task of hostilePlan.tasks) task.title['zh-Hant'] = `${task.title['zh-Hant']} ${payloads[0]}`;
  for (const unit of hostilePlan.units) unit.name['zh-Hant'] = `${unit.name['zh-Hant']}${payloads[2]}`;
  writeFileSync(`${pages}/xss-plan.json`, JSON.stringify(hostilePlan));
  const impossiblePlan = structuredClone(plan);
  impossiblePlan.period = { start: '2024-01-01', end: '2024-02-30' };
  writeFileSync(`${pages}/impossible-plan.json`, JSON.stringify(impossiblePlan));
}

const variants = [
  { file: 'strict.html', what: "trusted-types lit-html dz-tasks (no 'allow-duplicates')", trustedTypes: 'lit-html dz-tasks' },
  { file: 'duplicates.html', what: "trusted-types lit-html dz-tasks 'allow-duplicates'", trustedTypes: "lit-html dz-tasks 'allow-duplicates'" },
];

describe('a hostile page', { skip: existsSync(`${dist}/cdn/dz-elements.js`) ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  before(async () => {
    rmSync(pages, { recursive: true, force: true });
    mkdirSync(pages, { recursive: true });
    for (const variant of variants) writeFileSync(`${pages}/${variant.file}`, page(variant.what, variant.trustedTypes));
    writeFeeds();
    rmSync(secondCopy, { recursive: true, force: true });
    cpSync(`${dist}/cdn`, secondCopy, { recursive: true });
    server = await serveStatic(repoRoot);
  });
  after(async () => {
    await server?.close();
    rmSync(pages, { recursive: true, force: true });
    rmSync(secondCopy, { recursive: true, force: true });
  });

  describeInEachEngine((context) => {

    for (const variant of variants) {
      it(`${variant.what}: every element shows something; no CSP violation, uncaught error, payload run or off-origin request`, async () => {
        const tab = await context().newPage();
        const problems: string[] = [];
        const offOrigin: string[] = [];
        tab.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
        tab.on('console', (message) => {
          if (/CSP violation|Trusted Type|Policy with name/i.test(message.text())) problems.push(`console: ${message.text()}`);
        });
        tab.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith('data:') && new URL(url).origin !== server.origin) offOrigin.push(url);
        });
        await tab.evaluateOnNewDocument(() => {
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
        });
        await tab.goto(`${server.origin}/packages/elements/dist/hostile/${variant.file}`, { waitUntil: 'load' });
        const count = await tab.evaluate(() => document.querySelectorAll('main > *').length);
        // Ceilings for a hung page, not speed limits.
        await tab.waitForFunction(
          () =>
            [...document.querySelectorAll('main > *')].every(
              (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'),
            ),
          { timeout: 90_000 },
        );
        await tab.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
        const result = await tab.evaluate(() => {
          const all = [...document.querySelectorAll('main > *')];
          return {
            pwned: (window as { pwned?: unknown }).pwned ?? null,
            blank: all.filter((el) => !(el.shadowRoot?.textContent ?? '').trim()).map((el) => el.outerHTML.slice(0, 120)),
            injected: all.flatMap((el) => [...el.shadowRoot!.querySelectorAll('script, img[onerror], svg[onload], [onerror], [onload], [onmouseover]')].map((node) => node.outerHTML.slice(0, 80))),
            scriptLinks: all.flatMap((el) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /^\s*javascript:/i.test(href))),
            alerts: all.filter((el) => el.shadowRoot!.querySelector('[part="error"]')).length,
          };
        });
        assert.equal(count, payloads.length * 8 + 11, 'every element on the page');
        assert.deepEqual(problems, [], 'CSP violations and uncaught errors');
        assert.equal(result.pwned, null, 'a payload ran');
        assert.deepEqual(result.blank, [], 'blank elements');
        assert.deepEqual(result.injected, [], 'elements from markup in the data');
        assert.deepEqual(result.scriptLinks, [], 'javascript: links');
        assert.deepEqual(offOrigin, [], 'requests off the page’s origin');
        // Unknown sections, units, tasks and targets, bad values and dates, bad feeds and plans are errors shown.
        assert.ok(result.alerts >= payloads.length * 5 + 6, `elements showing an error: ${result.alerts}`);
        await tab.close();
      });
    }
  });
});
