/**
 * Vue 3 TSX, with Vue's JSX (`jsxImportSource: "vue"`, tsconfig.json) and the global JSX of `vue/jsx` (tsconfig.global.json), and the generated Vue types: the tags typed with Vue's props (camelCase
 * attributes, `onDz…` handlers with their details, Vue's HTML attributes). Each `@ts-expect-error` is a mistake the
 * types must reject; if a generated type went missing or loose (any tag allowed), its error would vanish and the
 * compile would fail.
 */
import '@dz-tasks/elements/all.js';
import type { DzSelectDetail } from '@dz-tasks/elements';
import { defineComponent, ref } from 'vue';

export default defineComponent({
  emits: ['select'],
  setup(_, { emit }) {
    const card = ref<HTMLElement | null>(null);
    const tasks = ['9', '10'];
    return () => (
      <>
        <dz-task-matrix section="4" rows="tasks" export onDzSelect={(event) => emit('select', event.detail satisfies DzSelectDetail)} />
        <dz-task-card task="9" headingLevel={2} class="card" id="c" aria-label="Task 9" onDzToggle={(event) => console.log(event.detail.expanded)} />
        <dz-target-gauge target="t09.1" value={2100} asOf="2023-06-30" variant="bar" onDzError={(event) => console.warn(event.detail.code)} />
        {/* Vue's reserved props, as on any element: a list's `key`, a template `ref` (a React/Vue review: both were errors). */}
        {tasks.map((id) => (
          <dz-task-card key={id} task={id} />
        ))}
        <dz-task-card ref={card} task="9" headingLevel="h2" />
        {/* Flags as text, as server HTML writes them (review r103): off, on, on. */}
        <dz-task-card task="9" expanded="false" />
        <dz-task-matrix export="true" />
        <dz-task-matrix export="" />
        {/* One listener on a container hears every element's events (they bubble out of shadow roots). */}
        <section onDzError={(event) => console.warn(event.detail.code)} onDzSelect={(event) => console.log(event.detail.taskId)} />

        {/* @ts-expect-error `rows` is 'units' | 'tasks' */}
        <dz-task-matrix rows="columns" />
        {/* @ts-expect-error `variant` is 'ring' | 'bar' */}
        <dz-target-gauge variant="bars" />
        {/* @ts-expect-error dz-select's detail has no `task` */}
        <dz-task-matrix onDzSelect={(event) => event.detail.task} />
        {/* @ts-expect-error onError is the DOM's own `error` event, which the elements never fire: it is onDzError */}
        <dz-task-card task="99" onError={() => console.warn('never called')} />
        {/* @ts-expect-error onSelect is the DOM's text-selection `select` event, never fired: it is onDzSelect */}
        <dz-task-matrix onSelect={() => console.log('never called')} />
        {/* @ts-expect-error `headingLevel` is 2 to 6 (the element notices 9 and draws 3) */}
        <dz-task-card headingLevel={9} />
        {/* @ts-expect-error a flag as text is "true", "false" or "" */}
        <dz-task-card expanded="no" />
        {/* @ts-expect-error the card never fires dz-select */}
        <dz-task-card onDzSelect={() => console.log('never called')} />
      </>
    );
  },
});
