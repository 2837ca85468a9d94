import { css } from 'lit';

/**
 * The colour tokens of what only the elements that show tasks draw (a unit's role, a link): the card, the matrix and
 * the unit summary add these to the shared ones (`shared.styles.ts`), so a page with gauges alone does not carry them.
 * Each pair is (light, dark), as there. The descriptions below are the tokens' one description, as there.
 *
 * @cssprop --dz-color-accent - Colour of links, task numbers and the card's disclosure button.
 * @cssprop --dz-color-lead - Colour of the lead role (牽頭): its text, glyph and border.
 * @cssprop --dz-color-lead-bg - Background of the lead role.
 * @cssprop --dz-color-participating - Colour of the participating role (參與): its text, glyph and border.
 * @cssprop --dz-color-participating-bg - Background of the participating role.
 */
export default css`
  :host {
    --_dz-color-accent: var(--dz-color-accent, light-dark(#0b5cad, #58a6ff));
    --_dz-color-lead: var(--dz-color-lead, light-dark(#8a1c1c, #ffa198));
    --_dz-color-lead-bg: var(--dz-color-lead-bg, light-dark(#fde8e8, #3d1a1a));
    --_dz-color-participating: var(--dz-color-participating, light-dark(#1d4f91, #a5c8ff));
    --_dz-color-participating-bg: var(--dz-color-participating-bg, light-dark(#e3eefc, #14284a));
  }
`;
