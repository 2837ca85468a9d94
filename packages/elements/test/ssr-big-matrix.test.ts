/**
 * `renderPage` of a matrix above the window threshold (10,000 role cells): the server draws its first window, with the
 * windowed table a browser loads on demand (`task-matrix/virtual-table-module.ts`), which `defineElements` loads
 * first, as it does the bundled plan. Runs the sources (`src/ssr`), so it needs no build.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { buildBigPlan } from '../../../scripts/bench/big-plan-build.js';
import { renderPage } from '../src/ssr/index.js';

// 130 tasks × 96 units: 12,480 role cells.
const bigPlan = buildBigPlan(dezhou().plan, { tasks: 130, units: 96 }) as Plan;
const units = new Set(bigPlan.tasks.flatMap((t) => [...t.lead, ...t.participating])).size;

describe('renderPage: a matrix above the window threshold', () => {
  let server: Server;
  let origin: string;
  before(async () => {
    const json = JSON.stringify(bigPlan);
    server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(json));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  it('draws the windowed table, with the whole size in aria-rowcount and aria-colcount', async () => {
    const { html } = await renderPage(`<!doctype html><html lang="zh-Hant"><head><title>t</title></head><body><dz-task-matrix plan-src="${origin}/big.json"></dz-task-matrix></body></html>`);
    assert.match(html, /class="scroller virtual"/);
    assert.match(html, new RegExp(`aria-rowcount="${units + 2}"`));
    assert.match(html, new RegExp(`aria-colcount="${bigPlan.tasks.length + 2}"`));
    // Not the whole table: its body is the window (on a server, where nothing scrolls or is measured, the gap rows alone).
    const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    assert.ok((body.match(/<tr[^>]* aria-rowindex="/g) ?? []).length < units, 'a window of rows');
    assert.equal((body.match(/<tr class="gap"/g) ?? []).length, 2, 'the gap rows before and after the window');
  });
});
