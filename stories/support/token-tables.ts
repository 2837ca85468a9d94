/**
 * The tables of the Design tokens page (stories/DesignTokens.mdx): one per group of tokens, each token with its
 * default as written, its resolved default and, for colours, a swatch in a light and in a dark colour scheme. MDX
 * pages render with React whatever the stories' renderer, so this is a React component (written without JSX, so
 * the project's TypeScript settings need no JSX option).
 */
import { createElement as h, type CSSProperties, type ReactElement } from 'react';
import { isColour, schemeHalf, tokenGroups, type Token } from './tokens.js';

const swatchStyle = (value: string, scheme: 'light' | 'dark'): CSSProperties => ({
  flex: 'none',
  width: '2.5rem',
  height: '1.25rem',
  borderRadius: 4,
  border: '1px solid #57606a',
  colorScheme: scheme,
  background: value,
});

/**
 * A swatch and its value, the value beside its box or, where the column is narrow, under it (a wrapping flex row):
 * kept on one line, `rgb(255 196 0 / 0.24)` in both scheme columns made the matrix's table 1,214 px wide in the page's
 * 912, and `#e3eefc` beside its box the card's 950 (review r62).
 */
function swatch(token: Token, scheme: 'light' | 'dark'): ReactElement {
  if (!isColour(token.resolved)) return h('span', null, '—');
  return h(
    'span',
    { style: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.25rem 0.5rem' } },
    h('span', { 'aria-hidden': true, style: swatchStyle(token.resolved, scheme) }),
    h('code', null, schemeHalf(token.resolved, scheme === 'light' ? 0 : 1)),
  );
}

/**
 * One group's table, in a frame of its own that scrolls sideways if the table is wider than the page's column (a
 * narrow window), so the page itself never does; the frame is a named region that takes focus, for the keyboard to
 * scroll it.
 */
function tokenTable(owner: string, tokens: readonly Token[]): ReactElement {
  const title = owner === 'shared' ? 'Shared tokens · 共用變數 (every element)' : `<${owner}>`;
  const headers = ['Property', 'Default', 'Resolved', 'Light', 'Dark', 'What it is'];
  const captionId = `dz-tokens-${owner}`;
  const table = h(
    'table',
    { style: { fontSize: '0.8125rem' } },
    h('caption', { id: captionId, style: { textAlign: 'start', fontWeight: 600, padding: '0.5rem 0' } }, `${title}: ${tokens.length} properties`),
    h('thead', null, h('tr', null, ...headers.map((text) => h('th', { scope: 'col', key: text }, text)))),
    h(
      'tbody',
      null,
      ...tokens.map((token) =>
        h(
          'tr',
          { key: token.name },
          h('th', { scope: 'row', style: { textAlign: 'start', whiteSpace: 'nowrap' } }, h('code', null, token.name)),
          h('td', null, h('code', null, token.default)),
          h('td', null, token.resolved === token.default ? '=' : h('code', null, token.resolved)),
          h('td', null, swatch(token, 'light')),
          h('td', null, swatch(token, 'dark')),
          h('td', null, token.description),
        ),
      ),
    ),
  );
  return h('div', { key: owner, role: 'region', 'aria-labelledby': captionId, tabIndex: 0, style: { overflowX: 'auto' } }, table);
}

/**
 * Every `--dz-*` custom property, grouped: the shared tokens, then each element's. The count is of distinct names: a
 * `--dz-gauge-*` property is listed under each element it themes (the gauge, and the card, the unit summary or the
 * overview that show gauges or their colours), so some rows repeat a name.
 */
export function TokenTables(): ReactElement {
  const rows = tokenGroups.reduce((n, g) => n + g.tokens.length, 0);
  const names = new Set(tokenGroups.flatMap((g) => g.tokens.map((t) => t.name))).size;
  const repeated = rows > names ? ` (${rows} rows: a --dz-gauge-* property is listed under each element it themes)` : '';
  return h(
    'div',
    { className: 'dz-token-tables' },
    h('p', null, h('strong', null, String(names)), ` custom properties in ${tokenGroups.length} groups${repeated}.`),
    ...tokenGroups.map((group) => tokenTable(group.owner, group.tokens)),
  );
}
