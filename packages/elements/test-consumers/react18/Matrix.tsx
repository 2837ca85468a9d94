import '@dz-tasks/elements/task-matrix.js';
import { useEffect, useRef } from 'react';
import type { Plan } from '@dz-tasks/data';

export function Matrix({ plan, onSelect }: { plan: Plan | null; onSelect: (event: Event) => void }) {
  const ref = useRef<HTMLElementTagNameMap['dz-task-matrix']>(null);
  useEffect(() => {
    const el = ref.current!;
    el.plan = plan;
    el.addEventListener('dz-select', onSelect);
    return () => el.removeEventListener('dz-select', onSelect);
  }, [plan, onSelect]);
  return <dz-task-matrix ref={ref} section="4" />;
}
