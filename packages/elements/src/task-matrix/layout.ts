/** The one home of the matrix's breakpoint, read by the element (which layout to build) and its styles. */

/** Below this width of its own (not the viewport's) the element shows a list per unit instead of the table. */
export const NARROW_BELOW = 600;
