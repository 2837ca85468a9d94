// Floors of the 157 gauges (scripts/bench/floors.ts), added to the `dz` bench page: the very shadow content our gauges
// draw, with their shared constructed stylesheets, built without any of the element's own work (no plan, no
// evaluation, no template values). What is left is what 157 shadow roots of that DOM cost in the browser.
// The matrix's floor (SUITE=matrix) is the same for the whole-plan matrix: its shadow content and sheets in one
// shadow root, parsed from HTML. Plain JavaScript, so the page needs no build.

const stageOf = () => document.getElementById('stage');
/** An element's attributes and its shadow markup, Lit's comment markers left out. */
const snapshotOf = (el) => ({
  attributes: [...el.attributes].map((a) => [a.name, a.value]),
  markup: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
});
/** A new `<tag>` with the given attributes. */
const withAttributes = (tag, attributes) => {
  const el = document.createElement(tag);
  for (const [name, value] of attributes) el.setAttribute(name, value);
  return el;
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Time (ms) from building to laid out, as bench-page.js `firstRows` times a case. */
const time = async (build) => {
  stageOf().replaceChildren();
  await nextFrame();
  const start = performance.now();
  await build();
  void document.body.getBoundingClientRect().height;
  return performance.now() - start;
};

window.setUpFloors = async () => {
  const stage = stageOf();
  await window.bench.run('dz-target-gauge ×157');
  const hosts = [...stage.children];
  // Each gauge's host attributes (its :host styles read `status`, `variant`, `scheme`) and shadow markup, markers left out.
  const gauges = hosts.map(snapshotOf);
  const sheets = hosts[0].shadowRoot.adoptedStyleSheets;
  stage.replaceChildren();
  const templates = gauges.map(({ markup }) => Object.assign(document.createElement('template'), { innerHTML: markup }));

  const hostsOf = (tag) =>
    gauges.map(({ attributes }, i) => Object.assign(withAttributes(tag, attributes), { gauge: i }));

  /** A custom element without Lit: a shadow root, the shared sheets, a clone of its gauge's parsed content. */
  class FloorClone extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.append(document.importNode(templates[this.gauge].content, true));
    }
  }
  customElements.define('floor-clone', FloorClone);

  // A Lit element whose template is its gauge's markup with no bindings: Lit's element and template machinery alone.
  // LitElement is the gauge class's ancestor just above ReactiveElement (whose parent is HTMLElement).
  let LitElement = customElements.get('dz-target-gauge');
  while (Object.getPrototypeOf(Object.getPrototypeOf(LitElement)) !== HTMLElement) LitElement = Object.getPrototypeOf(LitElement);
  const strings = gauges.map(({ markup }) => Object.freeze(Object.assign([markup], { raw: [markup] })));
  const gaugeStyles = customElements.get('dz-target-gauge').elementStyles;
  class FloorLit extends LitElement {
    static finalizeStyles() {
      return gaugeStyles;
    }
    render() {
      return { ['_$litType$']: 1, strings: strings[this.gauge], values: [] };
    }
  }
  customElements.define('floor-lit', FloorLit);

  const attributesOf = (attributes) => attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
  window.floors = {
    ...window.floors,
    clone: () => time(() => stage.append(...hostsOf('floor-clone'))),
    // Declarative shadow DOM parsed in one go, the sheets adopted after: what a server-rendered page costs.
    dsd: () =>
      time(() => {
        stage.setHTMLUnsafe(gauges.map(({ attributes, markup }) => `<floor-dsd${attributesOf(attributes)}><template shadowrootmode="open">${markup}</template></floor-dsd>`).join(''));
        for (const el of stage.children) el.shadowRoot.adoptedStyleSheets = sheets;
      }),
    lit: () =>
      time(() => {
        const els = hostsOf('floor-lit');
        stage.append(...els);
        return Promise.all(els.map((el) => el.updateComplete));
      }),
  };
};

window.setUpMatrixFloors = async () => {
  const stage = stageOf();
  await window.bench.run('dz-task-matrix');
  const host = stage.firstElementChild;
  const { attributes, markup } = snapshotOf(host);
  const sheets = host.shadowRoot.adoptedStyleSheets;
  stage.replaceChildren();
  // For the light-DOM floor; the page's other content (our elements' hosts) has none of these classes.
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
  window.floors = {
    ...window.floors,
    /** The whole-plan matrix's own markup and sheets, parsed into a shadow root: what that content costs, with no script. */
    'matrix-shadow-html': () =>
      time(() => {
        const el = stage.appendChild(withAttributes('div', attributes));
        const root = el.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.innerHTML = markup;
      }),
    /**
     * The same markup in the page itself, no shadow root: what the content costs without shadow DOM. The sheets were
     * adopted by the document once, at set-up (adopting them in the timed span restyles the whole page).
     */
    'matrix-light-html': () =>
      time(() => {
        const el = withAttributes('div', attributes);
        el.innerHTML = markup;
        stage.append(el);
      }),
  };
};
