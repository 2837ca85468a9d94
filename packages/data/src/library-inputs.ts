/**
 * The `lang` option of this package's functions as a library caller passes it: from a client's request (`zh-CN`,
 * `fr`) or plain JavaScript, read by one rule, never a `TypeError` from deep inside. (A date option that is not a real
 * ISO date is a `RangeError` naming it: `notIsoDate` of `iso-date.ts`.)
 */
import { resolveLanguage } from './messages.js';
import type { Language } from './vocabulary.js';

/**
 * The language a `lang` option asks for, as this package speaks it: unset (`undefined` or `null`, as `??` reads it),
 * `fallback` (the function's default); a tag it does not speak, read as {@link resolveLanguage} reads a browser's, any
 * other language as English (`zh-CN` and `zh-SG` are zh-Hans, `zh-TW` and `zh-HK` zh-Hant, `fr` English), and what
 * is not a string through `String()`. `evaluateTarget` reads its own the same way, inline (the gauge's bytes).
 *
 * @example
 * ```ts
 * languageOption(undefined, 'zh-Hant'); // 'zh-Hant'
 * languageOption('zh-CN', 'en');        // 'zh-Hans'
 * languageOption('fr', 'zh-Hant');      // 'en'
 * ```
 */
export function languageOption(lang: unknown, fallback: Language): Language {
  return resolveLanguage(lang ?? fallback, 'en');
}
