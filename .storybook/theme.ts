/**
 * The dz-tasks look for Storybook's manager and docs pages: the brand title and logo, and the colours of the
 * elements' own design tokens (read from shared.styles.ts, not copied).
 */
import { create } from 'storybook/theming';
import { sharedToken } from '../stories/support/tokens.js';

export const dzTheme = create({
  base: 'light',
  brandTitle: 'dz-tasks · 德州重點工作任務',
  brandUrl: './',
  brandImage: './brand/dz-tasks-logo.svg',
  brandTarget: '_self',
  // The elements' default font stack, so Storybook's text and the elements' match.
  fontBase: sharedToken('--dz-font-family'),
  colorPrimary: sharedToken('--dz-color-lead'),
  colorSecondary: sharedToken('--dz-color-accent'),
  appBg: sharedToken('--dz-color-surface-alt'),
  appContentBg: sharedToken('--dz-color-surface'),
  appPreviewBg: sharedToken('--dz-color-surface'),
  appBorderColor: sharedToken('--dz-color-border'),
  appBorderRadius: 6,
  textColor: sharedToken('--dz-color-text'),
  textMutedColor: sharedToken('--dz-color-muted'),
  barTextColor: sharedToken('--dz-color-muted'),
  barSelectedColor: sharedToken('--dz-color-accent'),
  barHoverColor: sharedToken('--dz-color-accent'),
  barBg: sharedToken('--dz-color-surface'),
  inputBg: sharedToken('--dz-color-surface'),
  inputBorder: sharedToken('--dz-color-border'),
  inputTextColor: sharedToken('--dz-color-text'),
});
