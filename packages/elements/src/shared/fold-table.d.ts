/**
 * The table folding Traditional Chinese to Simplified, as a chunk the CDN build loads on demand (`foldTableOnDemand`
 * in `vite.config.ts`): importing it fills the data package's table. Only `default-plan.lazy.ts` imports it.
 */
declare module 'virtual:dz-fold-table' {}

/**
 * The data package's English amounts, as a chunk the CDN build loads with the English UI strings (`englishOnDemand`
 * in `vite.config.ts`): importing it fills the slot `describe-target.js` formats English with.
 */
declare module 'virtual:dz-english' {}
