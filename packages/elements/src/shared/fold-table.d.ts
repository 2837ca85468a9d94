/**
 * The table folding Traditional Chinese to Simplified, as a chunk the CDN build loads on demand (`foldTableOnDemand`
 * in `vite.config.ts`): importing it fills the data package's table. Only `default-plan.lazy.ts` imports it.
 */
declare module 'virtual:dz-fold-table' {}

/**
 * The data package's English words and amounts, loaded with the English UI strings (`englishOnDemand` in
 * `vite.config.ts`): importing it fills the slots `messages.js` and `describe-target.js` read.
 */
declare module 'virtual:dz-english' {}

/** The data package's zh-Hans words, loaded with the zh-Hans UI strings (`simplifiedOnDemand` in `vite.config.ts`). */
declare module 'virtual:dz-zh-hans' {}
