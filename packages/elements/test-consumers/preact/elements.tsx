/**
 * Preact using the elements with the generated JSX types (`@dz-tasks/elements/jsx`). Each `@ts-expect-error` is a
 * mistake the types must reject; if a generated type went missing or loose, the compile would fail.
 */
import '@dz-tasks/elements/all.js';
import type { DzSelectDetail } from '@dz-tasks/elements';
import type { VNode } from 'preact';
import { useRef } from 'preact/hooks';

export function Page({ onSelect, tasks }: { onSelect: (detail: DzSelectDetail) => void; tasks: string[] }): VNode {
  const gauge = useRef<HTMLElementTagNameMap['dz-target-gauge']>(null);
  return (
    <>
      <dz-task-matrix section="1,4" export ondz-select={(event) => onSelect(event.detail)} />
      <dz-task-card task="t09" expanded={false} ondz-toggle={(event) => console.log(event.detail.expanded)} />
      <dz-target-gauge ref={gauge} target="t09.1" value="2,100" as-of="2023-06-30" variant="ring" ondz-error={(event) => console.warn(event.detail.message)} />

      {/* Preact's own types for its global attributes: a style object with an unset value, `dir="auto"`. */}
      <dz-task-card task="9" style={{ width: gauge.current ? '100%' : undefined }} dir="auto" class="card" />
      {/* A list's `key`, a heading level as a number or its tag. */}
      {tasks.map((id) => (
        <dz-task-card key={id} task={id} heading-level={4} />
      ))}
      <dz-unit-summary unit="市發改委" heading-level="h2" />
      {/* Flags as text, as server HTML writes them (review r103): off, on, on. */}
      <dz-task-card task="9" expanded="false" />
      <dz-task-matrix export="true" />
      <dz-task-matrix export="" />

      {/* @ts-expect-error `sort` is 'order' | 'load' */}
      <dz-task-matrix sort="name" />
      {/* @ts-expect-error `scheme` is 'traffic' | 'rag5' */}
      <dz-target-gauge scheme="rainbow" />
      {/* @ts-expect-error dz-error's detail has `code` and `message`, not `reason` */}
      <dz-target-gauge ondz-error={(event) => event.detail.reason} />
      {/* @ts-expect-error the gauge never fires dz-select */}
      <dz-target-gauge ondz-select={() => console.log('never called')} />
      {/* @ts-expect-error Preact's onError is the DOM's own `error` event, which the elements never fire: it is `ondz-error` */}
      <dz-target-gauge onError={() => console.warn('never called')} />
      {/* @ts-expect-error Preact's onSelect is the DOM's text-selection `select` event, never fired: it is `ondz-select` */}
      <dz-task-matrix onSelect={() => console.log('never called')} />
      {/* @ts-expect-error no such attribute: `asof` (it is `as-of`) */}
      <dz-target-gauge asof="2023-06-30" />
      {/* @ts-expect-error `classList` is Solid's: Preact would set el.classList to the object */}
      <dz-task-card classList={{ a: true }} />
      {/* @ts-expect-error `heading-level` is 2 to 6 (the element notices 9 and draws 3) */}
      <dz-task-card heading-level={9} />
      {/* @ts-expect-error a flag as text is "true", "false" or "" */}
      <dz-task-card task="9" expanded="no" />
      {/* @ts-expect-error a flag as text is "true", "false" or "" */}
      <dz-task-matrix export="nope" />
      {/* @ts-expect-error the elements take no content (they notice `unexpected-content`) */}
      <dz-task-card task="9">child</dz-task-card>
    </>
  );
}
