/**
 * A site's own element built on one of ours (docs/guide-developers.md: `defineElement('gov-task-card', class extends
 * DzTaskCard {})`), with a reactive property of its own, the way Lit subclasses add one: a review found that the
 * elements' `static properties`, typed by their literal, refused it (TS2417).
 */
import { DzPlanOverview, DzTargetGauge, DzTaskCard, DzTaskMatrix, DzUnitSummary, defineElement } from '@dz-tasks/elements';

defineElement('gov-task-card', class extends DzTaskCard {
  static override properties = { badge: { type: String } };
  declare badge?: string;
});
defineElement('gov-target-gauge', class extends DzTargetGauge {
  static override properties = { compact: { type: Boolean } };
});
defineElement('gov-task-matrix', class extends DzTaskMatrix {
  static override properties = { note: { type: String } };
});
defineElement('gov-unit-summary', class extends DzUnitSummary {
  static override properties = { note: { type: String } };
});
defineElement('gov-plan-overview', class extends DzPlanOverview {
  static override properties = { note: { type: String } };
});
