/** Character classes of the folded text, by UTF-16 code or character. */

/** An ASCII digit. */
export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** An ASCII letter. */
export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A CJK unified ideograph of the basic block. */
export const isIdeograph = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

/** Brackets a 、 inside which is no separator of a list: 各县(市、区). */
export const OPENING = '([【《';
export const CLOSING = ')]】》';
