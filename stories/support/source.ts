/**
 * "Show code" gives what a CMS editor pastes: the script tag once, then each element of the story as a bare tag
 * with its attributes, without Storybook's wrappers (language, scheme, sample-data label) or layout boxes. A story
 * in another language gives its elements a `lang` attribute, as an editor would; a story on the sample feed says
 * where the page's own progress file goes, and a loading story that its file does not exist.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { stillLoadingUrl } from './hold-fetch.js';
import { sampleFeedUrl } from './sample.js';

/** The script tag of the Introduction and the CMS guide (docs/guide-cms-editors.md). */
export const scriptTag = '<script type="module" src="/assets/dz-elements.js"></script>';

/** Attribute values as HTML writes them. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One element as a CMS editor writes it: `<dz-task-card task="9" lang="en"></dz-task-card>`. */
function pasteable(element: Element): string {
  const attributes = [...element.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`));
  const inherited = element.closest('[lang]');
  if (!element.hasAttribute('lang') && inherited) attributes.push(` lang="${inherited.getAttribute('lang')}"`);
  return `<${element.localName}${attributes.join('')}></${element.localName}>`;
}

/** The snippet for `html`, the story's rendered HTML (Storybook's dynamic source). */
export function pasteableSnippet(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  // The stories' elements are empty in the light DOM (their content is in shadow roots): no dz- element nests in another.
  const elements = [...template.content.querySelectorAll('*')].filter((e) => e.localName.startsWith('dz-'));
  const lines = elements.map(pasteable);
  const usesSample = lines.some((line) => line.includes(sampleFeedUrl));
  const holds = lines.some((line) => line.includes(stillLoadingUrl));
  return [
    scriptTag,
    '',
    ...(usesSample ? ['<!-- 示例數據 / sample data: point progress-src and src at your own progress file -->'] : []),
    ...(holds ? [`<!-- 載入中示例 / loading state: this story's request never answers (${stillLoadingUrl} does not exist); point it at your own file and leave out timeout (a day here, 15 seconds by default) -->`] : []),
    ...lines,
  ].join('\n');
}

/** `parameters.docs.source.transform`: every story's "show code". */
export const transformSource = (code: string, _context: StoryContext): string => pasteableSnippet(code);
