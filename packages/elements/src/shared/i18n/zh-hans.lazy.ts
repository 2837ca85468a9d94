/**
 * The CDN build's Simplified Chinese: the UI strings, with the data package's zh-Hans words (`virtual:dz-zh-hans`,
 * `simplifiedOnDemand` in vite.config.ts), in one chunk every element in zh-Hans waits for before it draws.
 */
import 'virtual:dz-zh-hans';

export { zhHans } from './zh-hans.js';
