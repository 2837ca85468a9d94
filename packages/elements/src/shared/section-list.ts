/**
 * The sections a `section` attribute names, as written: the matrix reads it, and the CDN's plan loads only those
 * sections' tasks for it.
 */

/** `"1,4"`, `"1、4"`, `"s01 s04"` → `['1', '4']`. Section references never contain spaces. */
export function splitSections(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,，、;；]+/u).filter((part) => part.length > 0);
}
