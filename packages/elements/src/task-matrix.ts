/** Registers `<dz-task-matrix>`. Importing this module is the only side effect of the package for this element. */
import { defineElement } from './shared/define.js';
import { DzTaskMatrix } from './task-matrix/task-matrix.js';

export { DzTaskMatrix };

defineElement('dz-task-matrix', DzTaskMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'dz-task-matrix': DzTaskMatrix;
  }
}
