/**
 * React 19 using the elements with the generated JSX types (`@dz-tasks/elements/jsx`): attributes with their
 * real types, the boolean `export`, typed `ondz-*` handlers. Each `@ts-expect-error` is a mistake the types must
 * reject; if a generated type went missing or loose, that line's error would vanish and the compile would fail.
 */
import '@dz-tasks/elements/all.js';
import type { ProgressReport } from '@dz-tasks/data';
import type { DzErrorDetail, DzSelectDetail, DzToggleDetail } from '@dz-tasks/elements';
import { useRef, type CSSProperties, type ReactElement } from 'react';

export function Page({ onSelect, style, wide, tasks }: { onSelect: (detail: DzSelectDetail) => void; style?: CSSProperties; wide?: boolean; tasks: string[] }): ReactElement {
  const matrix = useRef<HTMLElementTagNameMap['dz-task-matrix']>(null);
  const card = useRef<HTMLElementTagNameMap['dz-task-card']>(null);
  return (
    <>
      <dz-task-matrix
        ref={matrix}
        section="4"
        rows="tasks"
        sort="load"
        export
        ondz-select={(event) => {
          const detail: DzSelectDetail = event.detail;
          const role: 'lead' | 'participating' | null = event.detail.role;
          onSelect({ ...detail, role });
        }}
        ondz-error={(event) => console.warn(event.detail.code satisfies DzErrorDetail['code'], event.target.section)}
      />
      <dz-task-card task={9} expanded heading-level={2} unit-href="/units/{id}" ondz-toggle={(event) => console.log(event.detail.expanded satisfies DzToggleDetail['expanded'])} />
      <dz-target-gauge target="t09.1" value={2100} as-of="2023-06-30" variant="bar" scheme="rag5" />
      {/* Values the properties take as the guide says: numbers, arrays, a Date, a URL, a level written as its tag. */}
      <dz-plan-overview section={4} rows="units" />
      <dz-task-matrix section={[1, 4]} unit={['市發改委', '市財政局']} />
      <dz-target-gauge target="t09.1" value={2100} as-of={new Date(2023, 5, 30)} src={new URL('https://example.org/progress.json')} />
      <dz-task-card task="9" heading-level="h2" />
      <dz-unit-summary unit="市發改委" heading-level="4" />
      {/* Flags as text, as server HTML writes them (review r103): off, on, on. */}
      <dz-task-card task="9" expanded="false" />
      <dz-task-matrix export="true" />
      <dz-task-matrix export="" />
      {/* React's own props and global attributes, on any element, with React's types (a React review: the generator's
          `style` and `dir` replaced React's, so a CSSProperties, an undefined style value or `dir="auto"` failed). */}
      <dz-target-gauge target="t09.1" style={style} dir="auto" />
      <dz-task-matrix style={{ width: wide ? '100%' : undefined, '--dz-matrix-border-color': '#999' }} />
      {/* The shared theme tokens, on a container and on an element, as the guide's Theming sets them (review r48: only
          the elements' own properties were in CSSProperties, `--dz-color-lead-bg` was TS2353). */}
      <div style={{ '--dz-font-family': 'serif', '--dz-color-accent': '#6b3f12', '--dz-color-lead': '#6b1d3a', '--dz-radius': '4px' }}>
        <dz-task-card task={9} style={{ '--dz-card-lead-color': '#6b1d3a', '--dz-color-lead-bg': '#f7e4ec' }} />
      </div>
      {/* `timeout` as the README writes it, an attribute's text (review r48: TS2322), and as a number. */}
      <dz-task-card task="9" timeout="30" />
      <dz-target-gauge target="t09.1" timeout={30} />
      <dz-task-card
        id="card"
        lang="en"
        className="c"
        title="t"
        hidden
        inert
        role="region"
        tabIndex={0}
        aria-label="Task 9"
        data-x="1"
        suppressHydrationWarning
        task="9"
        onClick={(event) => console.log(event.button, event.currentTarget.task)}
        onKeyDown={(event) => console.log(event.key)}
      />
      {/* A list's `key` and a ref object, as on any React element (a React/Vue review: `key` was an error on every tag). */}
      {tasks.map((id) => (
        <dz-task-card key={id} task={id} />
      ))}
      <dz-task-card key={9} ref={card} task="9" />
      <dz-task-card task="9" heading-level={6} />
      <dz-unit-summary unit="市發改委" headingLevel="h6" />
      <dz-unit-summary unit="市發改委" show="targets tasks" />
      {/* As the element reads a list: commas or 、 between the parts. */}
      <dz-unit-summary unit="市發改委" show="tasks,targets" />
      <dz-unit-summary unit="市發改委" show="targets, tasks" />
      <dz-unit-summary unit="市發改委" show="tasks、targets" />
      <dz-unit-summary unit="市發改委" show={['targets']} />

      {/* Mistakes the generated types catch. */}
      {/* @ts-expect-error `rows` is 'units' | 'tasks' */}
      <dz-task-matrix rows="columns" />
      {/* @ts-expect-error `variant` is 'ring' | 'bar' ("bars" is the misspelling of issue 12) */}
      <dz-target-gauge variant="bars" />
      {/* @ts-expect-error `export` is a boolean */}
      <dz-task-matrix export={1} />
      {/* @ts-expect-error no such attribute: `sections` */}
      <dz-task-matrix sections="4" />
      {/* @ts-expect-error the detail of dz-select has no `task` */}
      <dz-task-matrix ondz-select={(event) => event.detail.task} />
      {/* @ts-expect-error dz-toggle's detail is `{ expanded }` */}
      <dz-task-card ondz-toggle={(event) => event.detail.taskId} />
      {/* @ts-expect-error the card never fires dz-select (a hyphenated name TSX would not check unless typed `never`: review r75) */}
      <dz-task-card task="9" ondz-select={() => console.log('never called')} />
      {/* @ts-expect-error the matrix never fires dz-toggle */}
      <dz-task-matrix ondz-toggle={() => console.log('never called')} />
      {/* @ts-expect-error React's onError is the DOM's own `error` event, which the elements never fire: it is `ondz-error` (review r48) */}
      <dz-task-card task="99" onError={() => console.warn('never called')} />
      {/* @ts-expect-error React's onSelect is the DOM's text-selection `select` event, never fired: it is `ondz-select` */}
      <dz-task-matrix onSelect={() => console.log('never called')} />
      {/* @ts-expect-error `heading-level` is 2 to 6, or its tag */}
      <dz-task-card heading-level="two" />
      {/* @ts-expect-error `heading-level` is 2 to 6 (the element notices 9 and draws 3) */}
      <dz-task-card heading-level={9} />
      {/* @ts-expect-error `headingLevel` is 2 to 6 */}
      <dz-unit-summary headingLevel={9} />
      {/* @ts-expect-error `show` is tasks and/or targets (the element would notice "tagets" and leave it out) */}
      <dz-unit-summary show="tasks tagets" />
      {/* @ts-expect-error `show` names each part once ("tasks tasks" shows the tasks, as "tasks" does) */}
      <dz-unit-summary show="tasks tasks" />
      {/* @ts-expect-error `timeout` is seconds: a number, or its digits as text */}
      <dz-task-card task="9" timeout="soon" />
      {/* @ts-expect-error a flag as text is "true", "false" or "" */}
      <dz-task-card task="9" expanded="no" />
      {/* @ts-expect-error a flag as text is "true", "false" or "" */}
      <dz-task-matrix export="nope" />
      {/* @ts-expect-error `show` as a list: each part tasks or targets */}
      <dz-unit-summary show={['charts']} />
      {/* @ts-expect-error `heading-level` is 2 to 6, also as its tag */}
      <dz-task-card heading-level="h7" />
      {/* @ts-expect-error the elements take no content (they notice `unexpected-content`) */}
      <dz-task-card task="9">child</dz-task-card>
      {/* @ts-expect-error no such element */}
      <dz-task-list />

      {/* Solid's and other frameworks' props are not React's (a React/Vue review: React 19 would set el.classList to the
          object, and `htmlFor` or a lower-case `popovertarget` mean nothing on these elements). */}
      {/* @ts-expect-error `classList` is Solid's: React sets props as they are named */}
      <dz-task-card classList={{ a: true }} />
      {/* @ts-expect-error `htmlFor` is for <label> and <output> */}
      <dz-task-card htmlFor="y" />
      {/* @ts-expect-error `popovertarget` is no React prop (React's `popoverTarget` is a button's) */}
      <dz-task-card popovertarget="top" />
    </>
  );
}

/**
 * A progress report the app holds (fetched with its own credentials, or built from a form; `null` until it arrives)
 * given as the `progress` property of the four elements that show one, as the developers' guide writes it.
 */
export function Progress({ report }: { report: ProgressReport | null }): ReactElement {
  return (
    <>
      <dz-target-gauge target="t09.1" progress={report} />
      <dz-task-card task="9" progress={report} />
      <dz-unit-summary unit="市發改委" progress={report} />
      <dz-plan-overview section="2" sort="behind" progress={report} />
      {/* @ts-expect-error `progress` is the report itself; its URL is `progress-src` */}
      <dz-task-card task="9" progress="/data/progress.json" />
      {/* @ts-expect-error the matrix shows no progress */}
      <dz-task-matrix section="2" progress={report} />
    </>
  );
}

/** The same values set as properties from plain DOM code. */
export function setFromCode(): void {
  const matrix = document.createElement('dz-task-matrix');
  matrix.section = [1, 4];
  matrix.unit = ['市發改委'];
  const gauge = document.createElement('dz-target-gauge');
  gauge.asOf = new Date(2023, 5, 30);
  gauge.src = new URL('/progress.json', location.href);
  const card = document.createElement('dz-task-card');
  card.progress = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }] };
  card.progress = null;
  // @ts-expect-error `asOf` takes a date, as text or a Date, not a number
  gauge.asOf = 20230630;
}

