/**
 * A page without a bundler loads the packages through an import map (docs/guide-developers.md, "A page without a
 * bundler"). This walks what a browser would fetch from the packages' browser entries, resolving each bare specifier
 * by the map as the browser does, so a docs test can say which import the documented map leaves unresolved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';

export type ImportMap = { imports: Record<string, string> };

/** The URL the map gives a bare specifier (an exact key, else the longest key ending in `/` that prefixes it). */
export function resolveBare(map: ImportMap, specifier: string): string | undefined {
  const exact = map.imports[specifier];
  if (exact !== undefined) return exact;
  const prefix = Object.keys(map.imports)
    .filter((key) => key.endsWith('/') && specifier.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : map.imports[prefix] + specifier.slice(prefix.length);
}

/**
 * Every module reachable from `entries` (bare specifiers), the map's `/…` URLs read under `root` (the site's folder,
 * where `node_modules/` is served), static and dynamic imports with a literal specifier followed. Returns the problems:
 * a bare specifier the map does not resolve, or a URL with no file, each with the module that imports it.
 */
export async function unresolvedImports(map: ImportMap, entries: string[], root: string): Promise<string[]> {
  await init;
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue: [specifier: string, from: string][] = entries.map((entry) => [entry, 'the page']);
  while (queue.length > 0) {
    const [specifier, from] = queue.shift()!;
    let file: string;
    if (specifier.startsWith('.')) file = resolve(dirname(from), specifier);
    else if (specifier.startsWith('/')) file = join(root, specifier);
    else {
      const url = resolveBare(map, specifier);
      if (url === undefined) {
        problems.push(`${specifier} (imported by ${from.replace(root, '')}) is not in the map`);
        continue;
      }
      file = join(root, url);
    }
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) {
      problems.push(`${specifier} (imported by ${from.replace(root, '')}) maps to ${file.replace(root, '')}, which does not exist`);
      continue;
    }
    const [imports] = parse(readFileSync(file, 'utf8'));
    for (const { n } of imports) if (n !== undefined) queue.push([n, file]);
  }
  return problems;
}
