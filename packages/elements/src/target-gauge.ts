/** Registers `<dz-target-gauge>`. Importing this module is the only side effect of the package for this element. */
import { defineElement } from './shared/define.js';
import { DzTargetGauge } from './target-gauge/target-gauge.js';

export { DzTargetGauge };

defineElement('dz-target-gauge', DzTargetGauge);

declare global {
  interface HTMLElementTagNameMap {
    'dz-target-gauge': DzTargetGauge;
  }
}
