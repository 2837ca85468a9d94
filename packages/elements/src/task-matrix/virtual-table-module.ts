/**
 * The windowed table of a matrix above the threshold (`virtual-table.ts`, with Lit's `repeat` and `guard` that only it
 * uses), imported on first use, once per page: no matrix of the bundled plan draws one, so their pages never load it.
 * A matrix that needs it shows its loading state until it is there, and says so if its chunk cannot be loaded
 * (`task-matrix.ts`); a server's render loads it first (`ssr/render-element.ts`).
 */
import { lazyModule, type LazyModule } from '../shared/base-element.modules.js';
import { describeCell, headingOf } from './labels.js';
import { roleCell } from './role-cells.js';
import { headRow, totalRowHeader } from './table.js';
import { columnHeader, totalCell } from './table-grid.js';
import { ariaColumnOf, ariaRowOf, shown } from './virtual-window.js';

export const virtualTableModule: LazyModule<typeof import('./virtual-table.js')> = lazyModule(() => import('./virtual-table.js'));

/**
 * What the windowed table draws with that the matrix's own code has (the cells, headers and labels both tables share),
 * handed to it rather than imported: exports of the matrix's chunk for another chunk made the loader's import of it a
 * namespace built by the bundler's runtime, a chunk of its own fetched with every matrix (and the unit summary).
 */
export const tableParts = { describeCell, headingOf, roleCell, headRow, columnHeader, totalRowHeader, totalCell, shown, ariaRowOf, ariaColumnOf };
export type TableParts = typeof tableParts;
