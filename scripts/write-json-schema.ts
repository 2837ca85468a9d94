/**
 * Writes docs/progress-report.schema.json, the JSON Schema of a progress report, generated from the zod schema
 * that the elements validate feeds with (`ProgressReportSchema` in packages/data/src/progress-report.ts). The zod
 * schema stays the source of truth; this file is for people and tools outside TypeScript.
 *
 *   npx tsx scripts/write-json-schema.ts          # write
 *   npx tsx scripts/write-json-schema.ts --check  # fail if the file is not what the schema generates
 */
import { fileURLToPath } from 'node:url';
import { isMain, writeGeneratedFile } from './lib/generated-file.js';
import * as z from 'zod/mini';
import { ProgressReportSchema } from '../packages/data/src/progress-report.js';

export const schemaFile = fileURLToPath(new URL('../docs/progress-report.schema.json', import.meta.url));

/** The JSON Schema text, as written to {@link schemaFile}. */
export function progressReportJsonSchema(): string {
  // `input`: what a feed's author writes. Checks JSON Schema cannot say (a finite number, no entry dated after the
  // report) are left to zod; the description says the second.
  const generated = z.toJSONSchema(ProgressReportSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  const documented = {
    $schema,
    title: 'Progress report (dz-tasks)',
    description:
      'How far each target of a plan has come: `plan` is the plan id (dezhou-2023-green-low-carbon), `asOf` the ' +
      'date the report stands at, and each entry gives a target id (t09.1) and the value reached in the ' +
      "target's unit; for decreaseBy/increaseBy targets, the change achieved. Entries for one target at different " +
      'dates (each entry may give its own asOf, never after the report\'s: a forecast is no reading) are its readings ' +
      'over time; the latest is shown. Generated from ProgressReportSchema ' +
      'by scripts/write-json-schema.ts; do not edit.',
    ...rest,
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  process.exitCode = await writeGeneratedFile(schemaFile, progressReportJsonSchema(), 'npx tsx scripts/write-json-schema.ts');
}
