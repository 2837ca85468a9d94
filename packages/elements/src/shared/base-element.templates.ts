/** The states every dz- element draws the same way: loading, an error, an empty result, and notices about its inputs. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@dz-tasks/data';
import type { DzErrorDetail } from './events.js';

/*
 * Each state says its language (`lang`), as every element's content does: on a page in a language the elements do
 * not speak, what they draw is still read in the voice of its own (WCAG 3.1.2). The templates are written without
 * white space between tags (tags break lines inside themselves, `\n  ><span`): a page of many elements would
 * otherwise clone and walk empty text nodes, and the CDN build, which cannot minify them, would carry it.
 */

/**
 * An error message in place; the element dispatches it as `dz-error`. With `alert`, a live region: only the first
 * element on the page showing the same error announces it (page-alerts.ts).
 */
export function renderError(error: DzErrorDetail, lang: Language, alert: boolean): TemplateResult {
  return html`<div class="message error" part="error" role=${alert ? 'alert' : nothing} lang=${lang}><span class="icon" aria-hidden="true">⚠</span><span>${error.message}</span></div>`;
}

/**
 * The loading skeleton of `lines`, with the word `loading` for assistive technology. With `status`, a polite live
 * region: only the first element on the page to begin loading says it (page-alerts.ts). Never `aria-busy`: a busy live
 * region is held back, its words never read.
 */
export function renderLoading(lines: number, loading: string, lang: Language, status: boolean): TemplateResult {
  return html`<div class="loading" part="loading" role=${status ? 'status' : nothing} lang=${lang}><span class="visually-hidden">${loading}</span>${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}</div>`;
}

/** A short status message for an empty result. */
export function renderEmpty(message: string, lang: Language): TemplateResult {
  return html`<p class="message empty" part="empty" role="status" lang=${lang}>${message}</p>`;
}

/**
 * `content` under the notices about the element's inputs (and that its language's UI strings did not load), if there
 * are any, in `lang`, the language of their words; with `slotted`, the content between the element's tags after it (a
 * tag left unclosed takes in the rest of the page, which must not disappear).
 */
export function withNotices(notices: readonly DzErrorDetail[], content: unknown, slotted: boolean, lang: Language): unknown {
  if (notices.length === 0 && !slotted) return content;
  return html`<ul class="notices" part="notices" ?hidden=${!notices.length} lang=${lang}>${notices.map((notice) => html`<li class="notice" part="notice"><span class="icon" aria-hidden="true">ⓘ</span> ${notice.message}</li>`)}</ul>${content}${slotted ? html`<slot></slot>` : nothing}`;
}
