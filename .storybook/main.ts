/** Storybook for designers and new developers: every element on the real Dezhou plan. `npm start` opens it. */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Storybook reads the root vite.config.ts (compiler and dev-server settings) and drops its library build settings.
  framework: '@storybook/web-components-vite',
  core: { disableTelemetry: true },
  // The sample progress feeds, fetched by the stories as a page would fetch a real feed.
  staticDirs: [{ from: '../stories/sample-data', to: '/sample-data' }],
  docs: { defaultName: 'Docs' },
  // Storybook keeps only `build.target` of the Vite config file; the rest of the build options go here.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1500 } }),
};

export default config;
