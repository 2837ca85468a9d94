/**
 * Longest-match look-up of a fixed list of words at a position, indexed by the code of the first character so a
 * scan costs a few comparisons per character whatever the list's length (and makes no one-character strings).
 * Words are written in Simplified; the text is folded (`normalize.ts`) before it is read.
 */
export class WordList<T> {
  readonly #byFirst = new Map<number, { word: string; value: T }[]>();
  /** Length of the longest word. */
  readonly maxLength: number;

  constructor(entries: Readonly<Record<string, T>>) {
    for (const [word, value] of Object.entries(entries)) {
      const first = word.charCodeAt(0);
      const list = this.#byFirst.get(first) ?? [];
      list.push({ word, value });
      this.#byFirst.set(first, list);
    }
    for (const list of this.#byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
    this.maxLength = Math.max(0, ...Object.keys(entries).map((w) => w.length));
  }

  /** Codes of the characters a word of the list starts with. */
  firstCodes(): IterableIterator<number> {
    return this.#byFirst.keys();
  }

  /** The longest word of the list that starts at `at`, or `undefined`. */
  match(text: string, at: number): { readonly word: string; readonly value: T } | undefined {
    const list = this.#byFirst.get(text.charCodeAt(at));
    if (!list) return undefined;
    for (const entry of list) if (text.startsWith(entry.word, at)) return entry;
    return undefined;
  }

  /** The longest word of the list that ends just before `end` (at least `from`), or `undefined`. */
  matchEndingAt(text: string, end: number, from = 0): { readonly word: string; readonly value: T; readonly start: number } | undefined {
    for (let start = Math.max(from, end - this.maxLength); start < end; start++) {
      const list = this.#byFirst.get(text.charCodeAt(start));
      if (!list) continue;
      for (const entry of list) if (start + entry.word.length === end && text.startsWith(entry.word, start)) return { ...entry, start };
    }
    return undefined;
  }

  /**
   * Whether a word of the list whose value is truthy occurs in `text` (a short slice). A word listed with a falsy
   * value hides the shorter words inside it: `规模以上` (above designated size) is not `规模` (a scale).
   */
  occursIn(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const hit = this.match(text, i);
      if (hit?.value) return true;
      if (hit) i += hit.word.length - 1;
    }
    return false;
  }
}
