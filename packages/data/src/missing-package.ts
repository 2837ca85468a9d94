/**
 * Optional packages: what only some uses of dz-tasks need (a workbook, a .docx, building a plan, server rendering),
 * which npm does not install with it (`peerDependenciesMeta` optional), so a page or an app that shows a plan pays
 * for none of them. A use whose package is missing throws a {@link MissingPackageError} naming it and the command
 * that installs it, never Node's bare "Cannot find package". The CLIs say it in their language with the ranges the
 * packages are tested with (`node/optional-packages.ts`).
 */

/**
 * `npm install` of `needs`, each at its range in `ranges` when it has one (`"exceljs@^4.4.0"`: quoted, as Windows'
 * cmd.exe would read `^` as an escape).
 */
export function installCommand(needs: readonly string[], ranges: Readonly<Record<string, string>> = {}): string {
  return `npm install ${needs.map((name) => (ranges[name] ? `"${name}@${ranges[name]}"` : name)).join(' ')}`;
}

/** What a missing package's message says in English: the package, what needs it, and the command that installs it. */
export function missingPackageSentence(missing: string, use: string, command: string): string {
  return `the package ${missing}, needed for ${use}, is not installed (it is optional: npm installs it only when asked). Install it where dz-tasks is installed (with -g for a global install): ${command}`;
}

/**
 * An optional package a use needs is not installed: `missing` names it; `needs` every optional package of that use,
 * which the command in the message installs at once (at the ranges of `options.ranges`, when given).
 */
export class MissingPackageError extends Error {
  /** `MissingPackageError`, as Node prints it. */
  override readonly name = 'MissingPackageError';
  /** `DZ_MISSING_PACKAGE`: what a caller tests (`error.code === 'DZ_MISSING_PACKAGE'`) across copies of the package. */
  readonly code = 'DZ_MISSING_PACKAGE';

  constructor(
    /** The package not installed: `exceljs`. */
    readonly missing: string,
    /** What it is needed for, in English: `reading .docx documents`. */
    readonly use: string,
    /** Every optional package of that use (`opencc-js`, `pinyin-pro`, `mammoth` to build a plan), `missing` among them. */
    readonly needs: readonly string[] = [missing],
    options?: ErrorOptions & { readonly ranges?: Readonly<Record<string, string>> },
  ) {
    super(missingPackageSentence(missing, use, installCommand(needs, options?.ranges)), options);
  }
}

/**
 * The package of `names` that `error` says could not be found; `undefined` for any other error, including a file
 * missing inside an installed package. As Node says it (`ERR_MODULE_NOT_FOUND`: "Cannot find package 'exceljs'
 * imported from …"), a bundler ("Cannot find module 'exceljs'"; the stub Vite builds for a package it could not
 * resolve: 'Could not resolve "exceljs" imported by …') and a browser ('Failed to resolve module specifier "exceljs"').
 */
export function missingPackageOf(error: unknown, names: readonly string[]): string | undefined {
  const message = (error as Error | undefined)?.message;
  if (typeof message !== 'string') return undefined;
  const name = /(?:Cannot find (?:package|module)|Could not resolve|Failed to resolve module specifier) (['"])((?:@[^/'"]+\/)?[^/'"]+)\1/.exec(message)?.[2];
  return name !== undefined && names.includes(name) ? name : undefined;
}

/**
 * Runs `load` (a dynamic `import` of optional packages); one of `needs` missing becomes a {@link MissingPackageError}
 * naming it, `use` and `needs` (at `ranges`, the versions tested, when given). Other errors pass as they are.
 */
export async function loadOptional<T>(load: () => Promise<T>, use: string, needs: readonly string[], ranges?: Readonly<Record<string, string>>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingPackageOf(error, needs);
    throw missing ? new MissingPackageError(missing, use, needs, { cause: error, ...(ranges ? { ranges } : {}) }) : error;
  }
}
