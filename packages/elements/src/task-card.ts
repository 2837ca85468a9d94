/** Registers `<dz-task-card>`. Importing this module is the only side effect of the package for this element. */
import { defineElement } from './shared/define.js';
import { DzTaskCard } from './task-card/task-card.js';

export { DzTaskCard };

defineElement('dz-task-card', DzTaskCard);

declare global {
  interface HTMLElementTagNameMap {
    'dz-task-card': DzTaskCard;
  }
}
