// Runs in the benchmark page (bench.html?peer=…): loads one peer (a library, our CDN file, or nothing for the static
// baselines), then exposes window.bench = { cases, run(name), … } for elements.bench.ts to drive.
// Plain JavaScript, so the page needs no build. Times are from creating the table (or inserting the element) to the
// moment its rows are in the DOM and laid out (a forced layout); readiness is observed as soon as it happens — the
// element's update promise, or a zero-delay task loop — never after a fixed sleep.

const params = new URLSearchParams(location.search);
const peer = params.get('peer') ?? 'static-table';
const stage = document.getElementById('stage');

/** What each peer page fetches besides this harness. */
const assets = {
  'static-table': [],
  'static-rings': [],
  'static-gauges': [],
  'static-matrix': [],
  gridjs: ['/node_modules/gridjs/dist/gridjs.umd.js', '/node_modules/gridjs/dist/theme/mermaid.min.css'],
  tabulator: ['/node_modules/tabulator-tables/dist/js/tabulator.min.js', '/node_modules/tabulator-tables/dist/css/tabulator.min.css'],
  echarts: ['/node_modules/echarts/dist/echarts.min.js'],
  // `?cdn=` another copy of the CDN folder's loader, to compare two builds side by side (scripts/bench/phases.ts).
  dz: [params.get('cdn') ?? '/packages/elements/dist/cdn/dz-elements.js'],
  big: [params.get('cdn') ?? '/packages/elements/dist/cdn/dz-elements.js'],
};

function load(url) {
  return new Promise((resolve, reject) => {
    const node = url.endsWith('.css') ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }) : document.createElement('script');
    if (node.localName === 'script') {
      if (url.includes('/dz-elements')) node.type = 'module';
      node.src = url;
    }
    node.onload = resolve;
    node.onerror = () => reject(new Error(`failed to load ${url}`));
    document.head.append(node);
  });
}

const fetchJson = async (url) => (await fetch(url)).json();

/**
 * The CDN loader fetches an element's code when its tag enters the document: put one in (hidden) so the timed runs
 * measure rendering, not the first download, then take it out.
 */
async function whenLoaded(tag) {
  const probe = Object.assign(document.createElement(tag), { hidden: true });
  document.body.append(probe);
  await customElements.whenDefined(tag);
  probe.remove();
}

// ---- timing ----

/** A zero-delay task (MessageChannel, not setTimeout: no 4 ms clamping), letting rendering and timers run between. */
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldTask = () => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(0);
});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Waits (task by task) until `ready()`; fails after 120 s rather than hang the run. */
async function until(ready, what) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > 120_000) throw new Error(`timed out waiting for ${what}`);
    await yieldTask();
  }
}

/** Forces style and layout of the whole document (shadow trees included). */
const layout = () => void document.body.getBoundingClientRect().height;

let cleanup = () => {};
function clear() {
  cleanup();
  cleanup = () => {};
  stage.replaceChildren();
}

/**
 * Time (ms) from `build()` to rows laid out: `build` creates the table and returns a promise to await (or
 * nothing), then `ready()` is awaited task by task, then a forced layout.
 */
async function firstRows(build, ready, what) {
  clear();
  await nextFrame(); // the previous run's frame is out of the way
  await yieldTask();
  const start = performance.now();
  await build();
  await until(ready, what);
  layout();
  const end = performance.now();
  // For traces (scripts/bench/phases.ts): the timed span as a user timing measure.
  performance.measure('first-rows', { start, end });
  return end - start;
}

// ---- the peers ----

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The static table's markup: what a server would send for the matrix. */
function tableMarkup(m) {
  const cell = (text) => (text ? `<td class="${text.startsWith('●') ? 'lead' : 'participating'}">${escapeHtml(text)}</td>` : '<td></td>');
  return `<table class="static-matrix"><caption>${escapeHtml(m.caption)}</caption>
<thead><tr><th scope="col">單位</th>${m.columns.map((c) => `<th scope="col">${c}</th>`).join('')}<th scope="col">合計</th></tr></thead>
<tbody>${m.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r[0])}</th>${r.slice(1, -1).map(cell).join('')}<td>${escapeHtml(r[r.length - 1])}</td></tr>`)
    .join('\n')}</tbody>
<tfoot><tr><th scope="row">合計</th>${m.totals.map((t) => `<td>${escapeHtml(t)}</td>`).join('')}</tr></tfoot></table>`;
}

const glyphs = { met: '✓', onTrack: '↗', behind: '↘', seriouslyBehind: '⇊', notStarted: '○', missed: '✕', overPace: '»', overCeiling: '▲', aboveBand: '⇡', belowTarget: '◔' };
const CIRCUMFERENCE = 2 * Math.PI * 50;

/** The static rings' markup: one SVG ring per target, with its value, target and status in words. */
function ringsMarkup(gauges) {
  return gauges
    .map(
      (g) => `<figure class="ring ${g.status}"><figcaption>${escapeHtml(g.metric)}</figcaption>
<div role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.round(g.fill * 100)}" aria-valuetext="${escapeHtml(`${g.valueText},${g.statusText}`)}">
<svg viewBox="0 0 120 120" width="120" height="120" aria-hidden="true"><circle cx="60" cy="60" r="50" fill="none" stroke="#ddd" stroke-width="10"/>
<circle cx="60" cy="60" r="50" fill="none" stroke="currentColor" stroke-width="10" stroke-dasharray="${(g.fill * CIRCUMFERENCE).toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}" transform="rotate(-90 60 60)"/>
<text x="60" y="66" text-anchor="middle">${escapeHtml(g.valueText)}</text></svg></div>
<p class="status">${glyphs[g.status] ?? ''} ${escapeHtml(g.statusText)}</p><p class="target">目標 ${escapeHtml(g.targetText)}</p></figure>`,
    )
    .join('\n');
}

const rowsIn = (root, selector) => () => !!root.querySelector(selector);

/** Elements, their attributes, and text nodes under `root` (a shadow root, a fragment). */
function nodeCounts(root) {
  const elements = [...root.querySelectorAll('*')];
  let texts = 0;
  for (const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); walker.nextNode(); ) texts++;
  return { elements: elements.length, attributes: elements.reduce((n, el) => n + el.attributes.length, 0), texts };
}

/** The counts of markup, parsed (inert) and not inserted. */
function markupCounts(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return nodeCounts(template.content);
}

/** The first table on the stage (in light DOM, or in the shadow root of the stage's element) as laid out. */
function tableShape() {
  const host = stage.firstElementChild;
  const table = stage.querySelector('table') ?? host?.shadowRoot?.querySelector('table');
  if (!table) return undefined;
  const { width, height } = table.getBoundingClientRect();
  return { width, height, rows: table.rows.length, cells: table.querySelectorAll('th, td').length };
}

/**
 * Runs one of our elements' cases and returns what it drew, untouched, for scripts/bench/static-snapshot.ts to make
 * a static page of: each host's attributes and shadow markup, the attributes its class reflects, the rules of its
 * shadow styles, the counts of one host's shadow root (the mean over the hosts), and the table as laid out.
 */
async function drawn(name) {
  await window.bench.cases[name]();
  const hosts = [...stage.children];
  const counted = hosts.map((el) => nodeCounts(el.shadowRoot));
  const mean = (key) => counted.reduce((n, c) => n + c[key], 0) / hosts.length;
  const result = {
    hosts: hosts.map((el) => ({ attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])), html: el.shadowRoot.innerHTML })),
    reflected: customElements.get(hosts[0].localName).reflectedAttributes ?? [],
    rules: hosts[0].shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
    counts: { elements: mean('elements'), attributes: mean('attributes'), texts: mean('texts') },
    table: tableShape(),
  };
  clear();
  return result;
}

async function setUp() {
  for (const url of assets[peer] ?? []) await load(url);
  const cases = {};
  const info = {};

  if (peer === 'static-table' || peer === 'gridjs' || peer === 'tabulator') {
    const matrix = await fetchJson('generated/matrix.json');
    if (peer === 'static-table') {
      const markup = tableMarkup(matrix);
      info.markup = markup;
      info.counts = markupCounts(markup);
      cases['static-table'] = () =>
        firstRows(() => stage.insertAdjacentHTML('beforeend', markup), rowsIn(stage, 'tbody tr'), 'static table rows');
    }
    if (peer === 'gridjs') {
      const columns = ['單位', ...matrix.columns, '合計'].map((name) => ({ name, sort: false }));
      cases.gridjs = () =>
        firstRows(
          () => {
            const holder = stage.appendChild(document.createElement('div'));
            const grid = new window.gridjs.Grid({ columns, data: matrix.rows, caption: matrix.caption });
            grid.render(holder);
            cleanup = () => grid.destroy?.();
          },
          rowsIn(stage, 'tbody tr.gridjs-tr'),
          'Grid.js rows',
        );
    }
    if (peer === 'tabulator') {
      const columns = [{ title: '單位', field: 'c0', headerSort: false }, ...matrix.columns.map((title, i) => ({ title, field: `c${i + 1}`, headerSort: false })), { title: '合計', field: `c${matrix.columns.length + 1}`, headerSort: false }];
      const data = matrix.rows.map((row) => Object.fromEntries(row.map((text, i) => [`c${i}`, text])));
      cases.tabulator = () =>
        firstRows(
          () => {
            const holder = stage.appendChild(document.createElement('div'));
            const table = new window.Tabulator(holder, { data, columns, layout: 'fitData' });
            cleanup = () => table.destroy();
          },
          () => stage.querySelectorAll('.tabulator-row').length >= matrix.rows.length,
          'Tabulator rows',
        );
    }
  }

  if (peer === 'static-gauges' || peer === 'static-matrix') {
    // What our gauges or our matrix draw, as static light DOM (scripts/bench/static-snapshot.ts wrote it from their
    // shadow roots): one `div.<className>` per element, the shadow styles with `:host` read as that class.
    const { markup, css, className, count } = await fetchJson(`generated/${peer}.json`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet];
    info.markup = markup;
    cases[peer] = () =>
      firstRows(() => stage.insertAdjacentHTML('beforeend', markup), () => stage.querySelectorAll(`.${className}`).length === count, peer);
  }

  if (peer === 'static-rings' || peer === 'echarts' || peer === 'dz') {
    const gauges = await fetchJson('generated/gauges.json');
    info.gaugeCount = gauges.length;
    if (peer === 'static-rings') {
      const markup = ringsMarkup(gauges);
      info.markup = markup;
      cases['static-rings'] = () =>
        firstRows(() => stage.insertAdjacentHTML('beforeend', markup), () => stage.querySelectorAll('figure').length === gauges.length, 'rings');
    }
    if (peer === 'echarts') {
      cases.echarts = () =>
        firstRows(
          () => {
            const charts = gauges.map((g) => {
              const holder = stage.appendChild(document.createElement('div'));
              holder.style.cssText = 'display:inline-block;width:160px;height:180px';
              const chart = window.echarts.init(holder);
              chart.setOption({
                animation: false,
                title: { text: g.metric, left: 'center', textStyle: { fontSize: 12 } },
                series: [
                  {
                    type: 'gauge',
                    startAngle: 90,
                    endAngle: -270,
                    min: 0,
                    max: 100,
                    pointer: { show: false },
                    progress: { show: true, width: 10 },
                    axisLine: { lineStyle: { width: 10 } },
                    splitLine: { show: false },
                    axisTick: { show: false },
                    axisLabel: { show: false },
                    detail: { fontSize: 12, formatter: () => `${g.valueText}\n${glyphs[g.status] ?? ''} ${g.statusText}` },
                    data: [{ value: Math.round(g.fill * 100) }],
                  },
                ],
              });
              return chart;
            });
            cleanup = () => charts.forEach((chart) => chart.dispose());
          },
          () => stage.querySelectorAll('canvas').length >= gauges.length,
          'ECharts canvases',
        );
    }
    if (peer === 'dz') {
      await whenLoaded('dz-target-gauge');
      cases['dz-target-gauge ×157'] = () =>
        firstRows(
          () => {
            const els = gauges.map((g) => {
              const el = document.createElement('dz-target-gauge');
              el.setAttribute('target', g.id);
              el.setAttribute('value', String(g.value));
              el.setAttribute('as-of', g.asOf);
              return el;
            });
            stage.append(...els);
            return Promise.all(els.map((el) => el.updateComplete));
          },
          () => [...stage.children].every((el) => el.shadowRoot?.querySelector('[role="meter"]')),
          'gauges',
        );
    }
  }

  if (peer === 'dz') {
    await whenLoaded('dz-task-matrix');
    await whenLoaded('dz-task-card');
    const matrix = (configure) => async () => {
      const el = document.createElement('dz-task-matrix');
      configure?.(el);
      stage.append(el);
      await el.updateComplete;
      return el;
    };
    const shadowRows = () => !!stage.firstElementChild?.shadowRoot?.querySelector('tbody tr');
    cases['dz-task-matrix'] = () => firstRows(matrix(), shadowRows, 'matrix rows');
    cases['dz-task-matrix section=4'] = () => firstRows(matrix((el) => el.setAttribute('section', '4')), shadowRows, 'section rows');
    cases['dz-task-card task=26'] = () =>
      firstRows(
        async () => {
          const el = document.createElement('dz-task-card');
          el.setAttribute('task', '26');
          stage.append(el);
          await el.updateComplete;
        },
        () => !!stage.firstElementChild?.shadowRoot?.firstElementChild,
        'card',
      );
  }

  if (peer === 'big') {
    await whenLoaded('dz-task-matrix');
    info.plans = {};
    const plans = {};
    for (const [name, url] of [
      ['seed', '/packages/data/dist/plan.json'],
      ['big', 'generated/big-plan.json'],
      ['today', 'generated/big-plan-today.json'],
    ]) {
      plans[name] = await (await fetch(url)).text();
    }
    for (const name of Object.keys(plans)) {
      // A fresh object each run: the element validates a plan object once and caches the result per object, and a
      // page that sets `plan` does so with data it has just loaded. Parsing happens before the clock starts.
      cases[`plan:${name}`] = async () => {
        const plan = JSON.parse(plans[name]);
        let outcome = 'rows';
        const time = await firstRows(
          async () => {
            const el = document.createElement('dz-task-matrix');
            el.plan = plan;
            stage.append(el);
            await el.updateComplete;
          },
          () => {
            const root = stage.firstElementChild?.shadowRoot;
            if (root?.querySelector('[part="error"]')) outcome = root.querySelector('[part="error"]').textContent.trim().replace(/\s+/g, ' ');
            return !!root?.querySelector('tbody tr') || outcome !== 'rows';
          },
          `${name} plan rows`,
        );
        return outcome === 'rows' ? time : { error: outcome };
      };
    }
  }

  return { peer, cases, info };
}

// ---- keyboard ----

let keyWaiter;
/** Focuses the matrix cell at (row, column) and waits for the update. */
async function focusCell(row, column) {
  const el = stage.querySelector('dz-task-matrix');
  const table = el.shadowRoot.querySelector('table');
  // A large table renders a window, its rows and cells named by aria-rowindex/aria-colindex (headers are 1).
  const windowed = table.hasAttribute('aria-colcount');
  const cell = windowed
    ? table.querySelector(`tbody tr[aria-rowindex="${row + 2}"] > td[aria-colindex="${column + 2}"]`)
    : table.tBodies[0].rows[row].cells[column + 1];
  cell.focus();
  await el.updateComplete;
  await nextFrame();
  return { columns: windowed ? Number(table.getAttribute('aria-colcount')) - 2 : table.tBodies[0].rows[row].cells.length - 2 };
}

/**
 * Arms the measurement of one ArrowRight: from the keydown's timestamp to (a) the matrix updated and laid out with
 * the focus on the next cell ("work"), and (b) the first animation frame after that, laid out ("frame").
 */
function armKey() {
  const el = stage.querySelector('dz-task-matrix');
  const before = el.shadowRoot.activeElement;
  keyWaiter = new Promise((resolve, reject) => {
    let start;
    window.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
    // Bubble phase on window: after the matrix's own handler (it does not stop propagation).
    window.addEventListener(
      'keydown',
      async () => {
        await el.updateComplete;
        const now = el.shadowRoot.activeElement;
        if (!now || now === before) return reject(new Error('focus did not move'));
        layout();
        const work = performance.now() - start;
        requestAnimationFrame(() => {
          layout();
          resolve({ work, frame: performance.now() - start });
        });
      },
      { once: true },
    );
  });
}

window.drawn = drawn;

window.bench = {
  ready: setUp().then((value) => Object.assign(window.bench, value)),
  run: async (name) => window.bench.cases[name](),
  clear,
  tableShape,
  focusCell,
  armKey,
  keyResult: () => keyWaiter,
  /** Renders one matrix with the named plan and leaves it in the page (for heap and keyboard). */
  keep: async (name) => {
    const result = await window.bench.cases[name]();
    cleanup = () => {};
    return result;
  },
};
