/**
 * What every story shares: controls and docs tables generated from custom-elements.json, the a11y addon failing
 * on any violation, language and colour-scheme toolbars (zh-Hant and light by default, as the elements), and the
 * decorator that labels sample data.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { withLanguage, withSampleDataLabel, withScheme } from '../stories/support/decorators.js';
import { extractArgTypes } from '../stories/support/element.js';
import { transformSource } from '../stories/support/source.js';
import { dzTheme } from './theme.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Innermost first: the language wraps the colour scheme, which wraps the sample-data label and the story.
  decorators: [withSampleDataLabel, withScheme, withLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the page around the element (the elements follow the nearest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-Hant', title: '繁體中文 (zh-Hant)' },
          { value: 'zh-Hans', title: '简体中文 (zh-Hans)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the element (the elements follow the page\'s color-scheme)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'Follow the system (color-scheme: light dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-Hant', scheme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    // Any axe violation fails the story (in the a11y panel and in scripts/check-stories.ts).
    a11y: { test: 'error' },
    // Our own table from custom-elements.json: Storybook's keys rows by bare name, so parts hid attributes.
    // "Show code" is the HTML a CMS editor pastes (support/source.ts): the story's elements, not its wrappers.
    docs: { toc: true, extractArgTypes, theme: dzTheme, source: { excludeDecorators: true, transform: transformSource, language: 'html' } },
    options: {
      storySort: {
        order: ['Introduction', 'Elements', ['Task card', 'Task matrix', 'Target gauge'], '*'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
