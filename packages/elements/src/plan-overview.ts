/** Registers `<dz-plan-overview>`. Importing this module is the only side effect of the package for this element. */
import { defineElement } from './shared/define.js';
import { DzPlanOverview } from './plan-overview/plan-overview.js';

export { DzPlanOverview };

defineElement('dz-plan-overview', DzPlanOverview);

declare global {
  interface HTMLElementTagNameMap {
    'dz-plan-overview': DzPlanOverview;
  }
}
