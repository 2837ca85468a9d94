import '@dz-tasks/elements/task-matrix.js';
import type { DzSelectDetail } from '@dz-tasks/elements';
import type { Plan } from '@dz-tasks/data';
import { useEffect, useRef } from 'react';

// Server-rendered: attributes as text, `plan` and the listener set in an effect (React's server HTML and hydration skip them).
export function Matrix({ plan, onSelect }: { plan: Plan | null; onSelect: (detail: DzSelectDetail) => void }) {
  const ref = useRef<HTMLElementTagNameMap['dz-task-matrix']>(null);
  useEffect(() => {
    const el = ref.current!;
    el.plan = plan;
    const listener = (event: CustomEvent<DzSelectDetail>) => onSelect(event.detail);
    el.addEventListener('dz-select', listener);
    return () => el.removeEventListener('dz-select', listener);
  }, [plan, onSelect]);
  return <dz-task-matrix ref={ref} section="1,4" export />;
}
