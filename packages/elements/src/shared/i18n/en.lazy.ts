/**
 * The CDN build's English: the UI strings, with the data package's English words and amounts (`virtual:dz-english`,
 * `englishOnDemand` in vite.config.ts), in one chunk every element in English waits for before it draws.
 */
import 'virtual:dz-english';

export { en } from './en.js';
