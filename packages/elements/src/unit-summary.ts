/** Registers `<dz-unit-summary>`. Importing this module is the only side effect of the package for this element. */
import { defineElement } from './shared/define.js';
import { DzUnitSummary } from './unit-summary/unit-summary.js';

export { DzUnitSummary };

defineElement('dz-unit-summary', DzUnitSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dz-unit-summary': DzUnitSummary;
  }
}
