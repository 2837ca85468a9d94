/** Text as Markdown shows it: its special characters escaped, a line break a space (a table cell is one line). */
export const markdownText = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
