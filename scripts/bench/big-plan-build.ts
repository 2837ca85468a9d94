/**
 * A synthetic province-scale plan: the seed's sections and tasks repeated with new numbers until there are `tasks`
 * tasks, and the seed's units repeated with a suffix until there are `units`. Every reference (section → task,
 * task → section, task → unit, task → target, target → task, sameAs/partOf) points at something that exists. Ids are
 * numbered on (`t1000`, `s100`, `t1000.1`). No Node imports: the browser tests build their big plans with it too.
 */
import type { Plan, Section, Target, Task, Unit } from '@dz-tasks/data';

export interface BigPlanSize {
  readonly tasks: number;
  readonly units: number;
  /** At most this many sections: later tasks join the last one. Default: no limit. */
  readonly sections?: number;
}

export const provinceScale: BigPlanSize = { tasks: 2000, units: 300 };

/** The largest plan the schema accepted before issue 10 at the same unit count: task ids up to t999, section ids up to s99. */
export const largestValidToday: BigPlanSize = { tasks: 999, units: 300, sections: 99 };

const pad2 = (n: number) => String(n).padStart(2, '0');
const taskId = (number: number) => `t${pad2(number)}`;
const sectionId = (number: number) => `s${pad2(number)}`;

/** Copy `n` of a localized text: the copy number appended (` 2`), so names stay distinct and readable. */
function suffixed<T extends Record<string, string>>(text: T, n: number): T {
  if (n === 0) return text;
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} ${n + 1}`])) as T;
}

/** The seed's units, repeated with a suffix (`-2`, ` 2`) until there are `count`. */
function repeatUnits(seed: readonly Unit[], count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = seed[i % seed.length]!;
    const copy = Math.floor(i / seed.length);
    if (copy === 0) return unit;
    return {
      ...unit,
      id: `${unit.id}-${copy + 1}`,
      name: suffixed(unit.name, copy),
      aliases: unit.aliases.map((alias) => `${alias} ${copy + 1}`),
    };
  });
}

/** Builds the plan: `size.tasks` tasks in repeated sections, `size.units` units, the seed's targets repeated with their tasks. */
export function buildBigPlan(seed: Plan, size: BigPlanSize = provinceScale): Plan {
  const units = repeatUnits(seed.units, size.units);
  const seedUnitIndex = new Map(seed.units.map((unit, i) => [unit.id, i]));
  const seedTargets = new Map(seed.targets.map((target) => [target.id, target]));
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const targets: Target[] = [];

  for (let copy = 0; tasks.length < size.tasks; copy++) {
    // Copy k hands the seed's unit i to unit (i + 48k) mod 300, so every invented unit gets roles.
    const unitOf = (id: string) => units[(seedUnitIndex.get(id)! + copy * seed.units.length) % units.length]!.id;
    for (const seedSection of seed.sections) {
      if (tasks.length >= size.tasks) break;
      const full = size.sections !== undefined && sections.length >= size.sections;
      const section: Section = full
        ? sections[sections.length - 1]!
        : { id: sectionId(sections.length + 1), number: sections.length + 1, title: suffixed(seedSection.title, copy), taskIds: [] };
      if (!full) sections.push(section);
      for (const seedTaskId of seedSection.taskIds) {
        if (tasks.length >= size.tasks) break;
        const seedTask = seed.tasks.find((task) => task.id === seedTaskId)!;
        const number = tasks.length + 1;
        const id = taskId(number);
        // Target ids keep their order within the task: t09.2 of copy k becomes t<new number>.2.
        const targetIdOf = (old: string) => `${id}.${old.split('.')[1]}`;
        const taskOfTarget = (old: string) => {
          const other = seedTargets.get(old)!;
          return other.taskId === seedTask.id ? targetIdOf(old) : undefined;
        };
        for (const oldId of seedTask.targetIds) {
          const target = seedTargets.get(oldId)!;
          const copyTarget: Target = { ...target, id: targetIdOf(oldId), taskId: id };
          // A link to a target of another task would dangle once only this task is renumbered: drop it.
          for (const link of ['sameAs', 'partOf'] as const) {
            const other = target[link];
            if (other === undefined) continue;
            const mapped = taskOfTarget(other);
            if (mapped) copyTarget[link] = mapped;
            else delete copyTarget[link];
          }
          targets.push(copyTarget);
        }
        tasks.push({
          ...seedTask,
          id,
          number,
          sectionId: section.id,
          title: suffixed(seedTask.title, copy),
          lead: seedTask.lead.map(unitOf),
          participating: seedTask.participating.map(unitOf),
          targetIds: seedTask.targetIds.map(targetIdOf),
        });
        section.taskIds.push(id);
      }
    }
  }
  return {
    ...seed,
    id: `${seed.id}-x${size.tasks}`,
    title: suffixed(seed.title, 1),
    sections,
    tasks,
    units,
    targets,
  };
}

