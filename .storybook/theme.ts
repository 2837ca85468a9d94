/**
 * The dz-tasks look for Storybook's manager and docs pages: the brand title and logo, and the colours of the
 * elements' own design tokens (read from shared.styles.ts, not copied).
 */
import { create } from 'storybook/theming';
import { sharedColour } from '../stories/support/tokens.js';

export const dzTheme = create({
  base: 'light',
  brandTitle: 'dz-tasks · 德州重點工作任務',
  brandUrl: './',
  brandImage: './brand/dz-tasks-logo.svg',
  brandTarget: '_self',
  fontBase: sharedFontFamily(),
  colorPrimary: sharedColour('--dz-color-lead'),
  colorSecondary: sharedColour('--dz-color-accent'),
  appBg: sharedColour('--dz-color-surface-alt'),
  appContentBg: sharedColour('--dz-color-surface'),
  appPreviewBg: sharedColour('--dz-color-surface'),
  appBorderColor: sharedColour('--dz-color-border'),
  appBorderRadius: 6,
  textColor: sharedColour('--dz-color-text'),
  textMutedColor: sharedColour('--dz-color-muted'),
  barTextColor: sharedColour('--dz-color-muted'),
  barSelectedColor: sharedColour('--dz-color-accent'),
  barHoverColor: sharedColour('--dz-color-accent'),
  barBg: sharedColour('--dz-color-surface'),
  inputBg: sharedColour('--dz-color-surface'),
  inputBorder: sharedColour('--dz-color-border'),
  inputTextColor: sharedColour('--dz-color-text'),
});

/** The elements' default font stack, so Storybook's text and the elements' match. */
function sharedFontFamily(): string {
  return sharedColour('--dz-font-family');
}
