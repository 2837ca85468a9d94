// Runs in the benchmark page (bench.html): measures the elements from the CDN file against a plain-DOM baseline.
// Plain JavaScript, so the page needs no build; elements.bench.ts opens the page and prints the results.
window.runBench = async () => {
  const stage = document.getElementById('stage');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /** Median of `rounds` runs of `fn` (ms), each followed by a forced layout so the DOM work is counted. */
  async function measure(rounds, fn, reset) {
    const times = [];
    for (let i = 0; i < rounds + 2; i++) {
      reset?.();
      await frame();
      const start = performance.now();
      await fn();
      void stage.offsetHeight;
      const time = performance.now() - start;
      if (i >= 2) times.push(time); // two warm-up runs
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }

  const clear = () => stage.replaceChildren();
  const baselineTable = await measure(
    15,
    () => {
      const table = document.createElement('table');
      const body = table.createTBody();
      for (let r = 0; r < 48; r++) {
        const row = body.insertRow();
        row.insertCell().textContent = `unit ${r}`;
        for (let c = 0; c < 69; c++) row.insertCell().textContent = (r + c) % 7 === 0 ? '● 牽頭' : '';
      }
      stage.append(table);
    },
    clear,
  );
  const matrixFull = await measure(
    15,
    async () => {
      const el = document.createElement('dz-task-matrix');
      stage.append(el);
      await el.updateComplete;
    },
    clear,
  );
  const matrixSection = await measure(
    15,
    async () => {
      const el = document.createElement('dz-task-matrix');
      el.setAttribute('section', '4');
      stage.append(el);
      await el.updateComplete;
    },
    clear,
  );

  clear();
  const matrix = document.createElement('dz-task-matrix');
  stage.append(matrix);
  await matrix.updateComplete;
  const cells = () => [...matrix.shadowRoot.querySelectorAll('td.cell')];
  let k = 0;
  const focusMove = await measure(15, async () => {
    cells()[(k = (k + 70) % 3000)].focus();
    await matrix.updateComplete;
  });
  const sortSwitch = await measure(15, async () => {
    matrix.setAttribute('sort', matrix.getAttribute('sort') === 'load' ? 'order' : 'load');
    await matrix.updateComplete;
  });

  const card = async (task) => {
    const el = document.createElement('dz-task-card');
    el.setAttribute('task', task);
    stage.append(el);
    await el.updateComplete;
  };
  const cardRender = await measure(15, () => card('26'), clear);
  const gauges = await measure(
    15,
    async () => {
      const els = Array.from({ length: 20 }, (_, i) => {
        const el = document.createElement('dz-target-gauge');
        el.setAttribute('target', 't09.1');
        el.setAttribute('value', String(100 * (i + 1)));
        el.setAttribute('as-of', '2023-06-30');
        return el;
      });
      stage.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
    },
    clear,
  );
  return { baselineTable, matrixFull, matrixSection, focusMove, sortSwitch, cardRender, gauges };
};
