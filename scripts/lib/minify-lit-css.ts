/**
 * The Lit styles (`css\`…\``) of a module without comments and layout whitespace ({@link minifyCssText}), for both
 * builds: the CDN build's Vite plugin (`minifyLitCssPlugin` in `vite.config.ts`, on the TypeScript sources) and the npm
 * build's step after `tsc` (`scripts/minify-dist-css.ts`, on `dist`): an app's bundler leaves the text of template
 * literals alone, so comments left there reach every page and every server-rendered shadow root (review r48).
 */
import { minifyCssText } from './minify-css-text.js';

/** A `css` template literal, its text in group 1: `css\`…\`` in the sources, `css \`…\`` as tsc writes it. */
export const litCss = /\bcss\s*`((?:[^`\\]|\\.)*)`/g;

/** An interpolation of a literal's text (`${hanFonts}`): kept as it is. */
const interpolation = /\$\{[^}]*\}/g;

/**
 * What stands for an interpolation while the text is minified: word characters at its ends (as a value there would
 * be, so a space beside it goes only where {@link minifyCssText} drops one beside any word, and a `0.5` after it keeps
 * its 0), a private-use character inside (in no stylesheet).
 */
const placeholder = '_\uE000_';

/** A change to a module's code: `text` in place of what is from `start` to `end`. */
export interface CodeEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `code` with the text of every `css` literal minified as one stylesheet, each interpolation (`${…}`) left as it is
 * and read as a value (a space beside it stays where one beside a word would: `${mark} / ''`, `${a} ${b}`), and the
 * edits that made it, in order, none overlapping (for the source maps).
 */
export function minifyLitCss(code: string): { readonly code: string; readonly edits: readonly CodeEdit[] } {
  const edits: CodeEdit[] = [];
  for (const literal of code.matchAll(litCss)) {
    const body = literal[1]!;
    const bodyStart = literal.index + literal[0].length - body.length - 1;
    const kept = [...body.matchAll(interpolation)];
    // The text minified whole, then cut where the interpolations stand.
    const texts = minifyCssText(body.replace(interpolation, placeholder)).split(placeholder);
    if (texts.length !== kept.length + 1) throw new Error(`minifyLitCss: a css\`…\` holds ${placeholder}`);
    // An edit for each text between interpolations: what `${…}` holds keeps its place in the source map.
    let from = 0;
    [...kept.map((found) => found.index), body.length].forEach((end, i) => {
      if (texts[i] !== body.slice(from, end)) edits.push({ start: bodyStart + from, end: bodyStart + end, text: texts[i]! });
      from = end + (kept[i]?.[0].length ?? 0);
    });
  }
  let out = '';
  let done = 0;
  for (const edit of edits) {
    out += code.slice(done, edit.start) + edit.text;
    done = edit.end;
  }
  return { code: out + code.slice(done), edits };
}
