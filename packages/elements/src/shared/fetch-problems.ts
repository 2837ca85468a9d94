/**
 * Why a plan or a feed could not be loaded, in the words of each language: what `requestJson` found
 * (`shared-requests.ts`) put into the element's message (`無法載入 /feed.json:伺服器回應 HTTP 404`). Loaded with the
 * fetching, so a page that fetches nothing does not carry them.
 */
import type { Language } from '@dz-tasks/data';
import type { FetchProblem } from './shared-requests.js';

type Words = { readonly [K in FetchProblem['kind']]: (problem: Extract<FetchProblem, { kind: K }>) => string };

const words: Readonly<Record<Language, Words>> = {
  'zh-Hant': {
    http: ({ status }) => `伺服器回應 HTTP ${status}`,
    tooLarge: ({ megabytes }) => `超過 ${megabytes} MB 的上限`,
    network: () => '網絡錯誤,未能連上伺服器',
    crossOrigin: () => '網絡錯誤,或伺服器或此頁不准此頁讀取它(CORS 標頭、此頁的 connect-src)',
    redirected: () => '伺服器把它重新導向,新位址讀取不到(可能是另一個來源不准此頁讀取)',
    notJson: () => '內容不是 JSON',
    notHttp: () => '不是 http 或 https 網址',
  },
  'zh-Hans': {
    http: ({ status }) => `服务器响应 HTTP ${status}`,
    tooLarge: ({ megabytes }) => `超过 ${megabytes} MB 的上限`,
    network: () => '网络错误,未能连上服务器',
    crossOrigin: () => '网络错误,或服务器或此页不准此页读取它(CORS 标头、此页的 connect-src)',
    redirected: () => '服务器把它重定向,新地址读取不到(可能是另一个来源不准此页读取)',
    notJson: () => '内容不是 JSON',
    notHttp: () => '不是 http 或 https 网址',
  },
  en: {
    http: ({ status }) => `HTTP ${status}`,
    tooLarge: ({ megabytes }) => `larger than ${megabytes} MB`,
    network: () => 'network error',
    crossOrigin: () => "network error, or the server or this page does not allow this page to read it (CORS headers, the page's connect-src)",
    redirected: () => 'the server redirected it, and the new address could not be read (another origin may not allow this page)',
    notJson: () => 'not JSON',
    notHttp: () => 'not an http(s) URL',
  },
};

/** `problem` in the words of `lang`: `伺服器回應 HTTP 404`, `HTTP 404`. */
export function sayFetchProblem(problem: FetchProblem, lang: Language): string {
  return (words[lang][problem.kind] as (problem: FetchProblem) => string)(problem);
}
