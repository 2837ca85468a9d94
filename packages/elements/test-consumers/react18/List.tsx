/** What the guide's React 18 declaration must take besides its example: a list's `key`, a ref object (a React review). */
import '@dz-tasks/elements/task-matrix.js';
import { useRef } from 'react';

export function Matrices({ sections }: { sections: string[] }) {
  const first = useRef<HTMLElementTagNameMap['dz-task-matrix']>(null);
  return (
    <>
      <dz-task-matrix ref={first} section={sections[0]} />
      {sections.map((section) => (
        <dz-task-matrix key={section} section={section} />
      ))}
    </>
  );
}
