import { css } from 'lit';

/**
 * The header of a card or a unit summary and its heading (`headingOf` in heading.ts): the heading over the line
 * below it. Each element colours them with its own custom properties.
 */
export default css`
  .header {
    display: grid;
    gap: calc(var(--_dz-space) / 2);
  }

  .heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
`;
