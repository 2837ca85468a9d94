/** A filled progress sheet of any length for the benchmark: the plan's targets over and over, a day apart per round. */
import Papa from 'papaparse';
import { progressTemplate } from '../src/progress/index.js';
import type { Plan } from '../src/index.js';

/** The CSV of `rows` filled rows: each target's half amount, each round of the plan's targets one day later. */
export function progressSheetCsv(plan: Plan, rows: number): string {
  const template = progressTemplate(plan);
  const start = Date.UTC(2023, 0, 1);
  const lines: string[][] = [[...template.header]];
  for (let i = 0; i < rows; i++) {
    const row = [...template.rows[i % template.rows.length]!];
    const target = template.targets[i % template.targets.length]!;
    const day = new Date(start + Math.floor(i / template.rows.length) * 86_400_000).toISOString().slice(0, 10);
    [row[8], row[9]] = [String(target.value / 2), day];
    lines.push(row);
  }
  return Papa.unparse(lines);
}
