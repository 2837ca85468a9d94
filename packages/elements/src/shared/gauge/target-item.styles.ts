import { css } from 'lit';

/**
 * The text of a target list item ({@link renderTargetItem}) as every list shows it: the metric, the notes in the
 * host's muted colour (`--_dz-item-muted`, which the card and the unit summary set from their own muted-colour
 * property) and a reading that cannot be judged. How the items are laid out is the list's own.
 */
export default css`
  .metric {
    font-weight: 500;
  }

  .deadline,
  .no-value {
    color: var(--_dz-item-muted, var(--_dz-color-muted));
    font-size: 0.85rem;
  }

  .reading-problem {
    color: var(--_dz-color-missed);
    font-size: 0.85rem;
  }
`;
