/**
 * The npm build's step after `tsc` (`npm run build -w @dz-tasks/elements`): the Lit styles of `dist/**\/*.styles.js`
 * lose their comments and layout whitespace, as the CDN build's do ({@link minifyLitCss}: an app's bundler leaves
 * the text of template literals alone, so every npm app shipped our CSS comments, and every shadow root `renderPage`
 * wrote carried them; review r48). Each file's source map (`*.js.map`, tsc's) is rewritten with the change, so it still
 * points into the TypeScript sources: every mapping moves with the code it maps. `dist/cdn` is Vite's, left alone.
 *
 *   tsx scripts/minify-dist-css.ts packages/elements/dist
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, SourceMapGenerator, type RawSourceMap } from 'source-map-js';
import { litCss, minifyLitCss, type CodeEdit } from './lib/minify-lit-css.js';

/** The offset of each line's start in `text` (line 1 at index 0). */
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];

/** Where `offset` of the old code is in the new: moved by the edits before it; inside an edit, at most to its new end. */
function moved(offset: number, edits: readonly CodeEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (offset < edit.start) break;
    if (offset < edit.end) return edit.start + shift + Math.min(offset - edit.start, edit.text.length);
    shift += edit.text.length - (edit.end - edit.start);
  }
  return offset + shift;
}

/** The 1-based line and 0-based column of `offset`, given the text's {@link lineStarts}. */
function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! };
}

/**
 * `map` (of `before`) rewritten for `after`, which `edits` made from `before`: each mapping at the place its code moved
 * to, the same sources, their content and names.
 */
function movedMap(map: RawSourceMap, before: string, after: string, edits: readonly CodeEdit[]): RawSourceMap {
  const consumer = new SourceMapConsumer(map);
  const generator = new SourceMapGenerator({ file: map.file, ...(map.sourceRoot === undefined ? {} : { sourceRoot: map.sourceRoot }) });
  const oldStarts = lineStarts(before);
  const newStarts = lineStarts(after);
  consumer.eachMapping((mapping) => {
    const offset = oldStarts[mapping.generatedLine - 1]! + mapping.generatedColumn;
    const generated = position(newStarts, moved(offset, edits));
    if (mapping.source === null || mapping.originalLine === null || mapping.originalColumn === null) return generator.addMapping({ generated });
    generator.addMapping({
      generated,
      source: mapping.source,
      original: { line: mapping.originalLine, column: mapping.originalColumn },
      ...(mapping.name ? { name: mapping.name } : {}),
    });
  });
  map.sources.forEach((source, i) => {
    const content = map.sourcesContent?.[i];
    if (content !== undefined && content !== null) generator.setSourceContent(source, content);
  });
  return generator.toJSON();
}

/** The `*.styles.js` files under `dir`, `cdn/` left out. */
function stylesFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.styles.js') && !/^cdn[\\/]/.test(file))
    .map((file) => join(dir, file));
}

/** Rewrites the styles of `dist` and their maps: how many files held a `css` literal, how many changed, the characters saved. */
function minifyDistCss(dist: string): { readonly styled: number; readonly files: number; readonly saved: number } {
  let styled = 0;
  let files = 0;
  let saved = 0;
  for (const file of stylesFiles(dist)) {
    const before = readFileSync(file, 'utf8');
    if (!before.match(litCss)) continue;
    styled += 1;
    const { code, edits } = minifyLitCss(before);
    if (!edits.length) continue; // minified before
    writeFileSync(file, code);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) writeFileSync(mapFile, JSON.stringify(movedMap(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap, before, code, edits)));
    files += 1;
    saved += before.length - code.length;
  }
  return { styled, files, saved };
}

const dist = process.argv[2];
if (!dist || !existsSync(dist)) {
  console.error('usage: tsx scripts/minify-dist-css.ts <dist folder>');
  process.exit(2);
}
const { styled, files, saved } = minifyDistCss(dist);
if (!styled) {
  // tsc writes every file before this runs: no css`…` found means the rule no longer reads what tsc writes.
  console.error(`minify-dist-css: no css\`…\` found in ${dist}/**/*.styles.js`);
  process.exit(1);
}
console.log(`minify-dist-css: ${files} of ${styled} styles files minified, ${(saved / 1024).toFixed(1)} KB less`);
