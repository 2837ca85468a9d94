/**
 * The sections a `section` attribute names, as written: the matrix reads it, and the CDN's plan loads only those
 * sections' tasks for it.
 */

/**
 * `"1,4"`, `"1、4"`, `"s01 s04"` → `['1', '4']`: spaces separate sections, except inside a reference written with
 * them (`"第 4 部分"`, `"Section 4"`, with a CMS's non-breaking spaces too), which is one.
 */
export function splitSections(text: string | undefined): string[] {
  return (text ?? '')
    .replace(/(第|section)\s+|\s+(?=部)/giu, '$1')
    .split(/[\s,，、;；]+/u)
    .filter((part) => part.length > 0);
}
