/**
 * The text as the parser matches it: full-width ASCII (`１．（：；，`) folded to ASCII and the ideographic space to a
 * space, one UTF-16 code unit for one, so every index into the match form is the same index into the input.
 * Only matching uses it; every string the parser returns is sliced from the input as written.
 */
export function toMatchForm(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      out += text.slice(from, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
