/** Storybook for designers and new developers: every element on the real Dezhou plan. `npm start` opens it. */
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages, so the Introduction's tables render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  // Storybook reads the root vite.config.ts (compiler and dev-server settings) and drops its library build settings.
  framework: '@storybook/web-components-vite',
  core: { disableTelemetry: true },
  // No "get started" checklist in the sidebar or the menu: this Storybook shows the elements, not Storybook.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The sample progress feeds, fetched by the stories as a page would fetch a real feed; the logo of theme.ts.
  staticDirs: [
    { from: '../stories/sample-data', to: '/sample-data' },
    { from: './brand', to: '/brand' },
  ],
  docs: { defaultName: 'Docs' },
  // Storybook keeps only `build.target` of the Vite config file; the rest of the build options go here.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1500 } }),
};

export default config;
