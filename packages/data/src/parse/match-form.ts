/**
 * The text as the parser matches it: full-width ASCII (`１．（：；，`) folded to ASCII and the ideographic space to a
 * space, one UTF-16 code unit for one, so every index into the match form is the same index into the input.
 * Only matching uses it; every string the parser returns is sliced from the input as written.
 */
export const toMatchForm = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000]/g, (c) => String.fromCharCode(c === '\u3000' ? 0x20 : c.charCodeAt(0) - 0xfee0));
