/**
 * CSS text without comments and layout whitespace, for the Lit styles of both builds (`minify-lit-css.ts`). A space is
 * dropped only beside `{ } ; , >` and after `:`, where CSS never needs one (a space before `:` stays: `.a :hover` is
 * not `.a:hover`), before `!important`, and beside a combinator `+` or `~` outside brackets (`* + *`; inside them, as
 * in `calc(a + b)` or `:nth-child(2n + 1)`, it stays); spaces inside values (`calc(a * 2)`, `'PingFang TC'`) are
 * kept. A block's last `;` and the 0 of `0.5` (and of `-0.5`) go too. Quoted strings are not set apart
 * (`content: "0.5;}"` would change): the styles have none such. `bundle.test.ts` checks that lightningcss reads every
 * stylesheet of the elements the same before and after.
 */
export function minifyCssText(text: string): string {
  let depth = 0;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    // A `+` or `~` between spaces outside brackets is a combinator: a sum is only ever inside `calc(…)`.
    .replace(/[()]| ([+~]) /g, (found, combinator: string | undefined) => {
      depth += found === '(' ? 1 : found === ')' ? -1 : 0;
      return combinator && !depth ? combinator : found;
    })
    // The last declaration of a block needs no `;`, nor a number below 1 its leading 0 (`0.25em` is `.25em`).
    .replace(/;}/g, '}')
    .replace(/(?<![\w.#]|[\w-]-)0\.(?=\d)/g, '.')
    .trim();
}
