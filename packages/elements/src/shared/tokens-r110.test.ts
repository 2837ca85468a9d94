/**
 * The shared colour tokens' descriptions (shared.styles.ts, fed to custom-elements.json, Storybook's Design tokens
 * page and the editor data) say which token draws the gauges' tracks, and that token is the one that does (review
 * r110: the descriptions named --dz-color-border and --dz-color-surface-alt, which changed no track, while the tracks
 * read --dz-color-muted).
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import '../target-gauge.js';
import '../task-card.js';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzTaskCard } from '../task-card/task-card.js';
import { until } from '../../test/support/wait.js';

interface CssProperty {
  name: string;
  description?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
}

const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Manifest;
const gaugeProperties = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'dz-target-gauge')!.cssProperties!;
/** The shared colour tokens, as the manifest lists them for the gauge. */
const colourTokens = gaugeProperties.filter((p) => p.name.startsWith('--dz-color-'));
/** Whether a description says its token draws a track (the status "on track" is not one). */
const saysTrack = (description = '') => /\btracks?\b/.test(description.replace(/"on track"/g, ''));

describe('the shared tokens that draw the gauges’ tracks (review r110)', () => {
  it('the tokens whose descriptions name a track are those that colour the ring’s, the bar’s and the compact gauges’ tracks', async () => {
    const progress = { plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }] } as ProgressReport;
    const page = await fixture<HTMLDivElement>(html`<div>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant="bar"></dz-target-gauge>
      <dz-task-card task="9" .progress=${progress}></dz-task-card>
    </div>`);
    const [ring, bar] = [...page.querySelectorAll<DzTargetGauge>('dz-target-gauge')] as [DzTargetGauge, DzTargetGauge];
    const card = page.querySelector<DzTaskCard>('dz-task-card')!;
    for (const el of [ring, bar]) await el.updateComplete;
    await until(() => card.shadowRoot?.querySelector('[data-target-id="t09.1"] .gauge-track'), 'the card’s compact gauge');
    const tracks = {
      ring: () => getComputedStyle(ring.shadowRoot!.querySelector('.ring-svg .track')!).stroke,
      bar: () => getComputedStyle(bar.shadowRoot!.querySelector('.bar-track')!).boxShadow,
      compact: () => getComputedStyle(card.shadowRoot!.querySelector('[data-target-id="t09.1"] .gauge-track')!).boxShadow,
    };
    expect(colourTokens.length, 'the manifest lists the shared colour tokens').to.be.greaterThan(5);

    const drawing: Record<string, string[]> = {};
    colourTokens.forEach(({ name }, index) => {
      const colour = `rgb(${index + 1}, 2, 3)`;
      page.style.setProperty(name, colour);
      drawing[name] = Object.entries(tracks).filter(([, read]) => read().includes(colour)).map(([track]) => track);
      page.style.removeProperty(name);
    });
    const drawsTrack = colourTokens.filter(({ name }) => drawing[name]!.length).map(({ name }) => name);
    const described = colourTokens.filter(({ description }) => saysTrack(description)).map(({ name }) => name);
    expect(described, 'the tokens described as a track are those that draw one').to.deep.equal(drawsTrack);
    for (const name of drawsTrack) expect(drawing[name], `${name} draws every track`).to.deep.equal(['ring', 'bar', 'compact']);
  });
});
