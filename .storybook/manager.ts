/** Storybook's own UI in the dz-tasks look (see theme.ts). */
import { addons } from 'storybook/manager-api';
import { dzTheme } from './theme.js';

addons.setConfig({ theme: dzTheme });
