/**
 * The text as the parser matches it: full-width ASCII (`１．（：；，`) folded to ASCII and the ideographic space to a
 * space, one UTF-16 code unit for one, so every index into the match form is the same index into the input.
 * Each of these has a compatibility decomposition to its one ASCII character (Unicode keeps decompositions stable),
 * so NFKC folds it. Only matching uses it; every string the parser returns is sliced from the input as written.
 */
export const toMatchForm = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000]/g, (c) => c.normalize('NFKC'));
