import '@dz-tasks/elements/target-gauge.js';
import type { DzSelectDetail } from '@dz-tasks/elements';
import type { Plan } from '@dz-tasks/data';
import { useEffect, useRef } from 'react';

// Server-rendered: attributes as text; `plan` and the listener set in an effect (React's server HTML and hydration
// skip them), then the matrix's module imported, so that it is defined with its plan and never loads the bundled one.
export function Matrix({ plan, onSelect }: { plan: Plan | null; onSelect: (detail: DzSelectDetail) => void }) {
  const ref = useRef<HTMLElementTagNameMap['dz-task-matrix']>(null);
  useEffect(() => {
    const el = ref.current!;
    el.plan = plan;
    void import('@dz-tasks/elements/task-matrix.js');
    const listener = (event: CustomEvent<DzSelectDetail>) => onSelect(event.detail);
    el.addEventListener('dz-select', listener);
    return () => el.removeEventListener('dz-select', listener);
  }, [plan, onSelect]);
  return <dz-task-matrix ref={ref} section="1,4" export />;
}

// The gauge writes `variant`, `scheme` and `status` on its tag once its module has loaded, maybe before hydration.
export const Gauge = ({ value }: { value: number }) => <dz-target-gauge target="t09.1" value={value} as-of="2023-06-30" suppressHydrationWarning />;
