/**
 * Writes the synthetic province-scale plan of the benchmark (see big-plan-build.ts):
 * `tsx scripts/bench/big-plan.ts [out.json] [--tasks 2000] [--units 300]` (default
 * packages/elements/bench/generated/big-plan.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@dz-tasks/data';
import { buildBigPlan, provinceScale } from './big-plan-build.js';

export { buildBigPlan, largestValidToday, provinceScale, type BigPlanSize } from './big-plan-build.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
  };
  const size = { tasks: option('tasks', provinceScale.tasks), units: option('units', provinceScale.units) };
  const out = args[0] ?? fileURLToPath(new URL('../../packages/elements/bench/generated/big-plan.json', import.meta.url));
  const seed = JSON.parse(readFileSync(new URL('../../packages/data/dist/plan.json', import.meta.url), 'utf8')) as Plan;
  const plan = buildBigPlan(seed, size);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(plan));
  console.log(`${out}: ${plan.tasks.length} tasks, ${plan.units.length} units, ${plan.sections.length} sections, ${plan.targets.length} targets`);
}
