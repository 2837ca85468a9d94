/**
 * The CDN folder on real pages (Debian Chromium and Firefox ESR), every page under a strict CSP with Trusted Types
 * (`trusted-types lit-html dz-tasks`, no 'allow-duplicates'):
 * - bytes per page: the gzip sizes (level 9) of every file the page fetched, the page itself left out, within the
 *   budgets of issue 10 (one gauge 30 KB, one card 40 KB, one matrix section 40 KB, all three in three languages 75 KB);
 * - the loader pasted without `type="module"` renders;
 * - two copies of the folder at two URLs render with one Lit, no CSP violation and no console error.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, HTTPRequest, Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../../../../scripts/lib/static-server.js';
import { formatAmount, formatIsoDate, statusLabels } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { FOLD_FROM } from '../../../data/src/generated/fold.js';
import { describeInEachEngine } from '../support/engines.js';
import { zhHans } from '../../src/shared/i18n/zh-hans.js';
import { zhHant } from '../../src/shared/i18n/zh-hant.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const cdnDir = `${repoRoot}packages/elements/dist/cdn`;
const secondCopy = `${repoRoot}packages/elements/dist/cdn-second-copy`;
const fixtures = '/packages/elements/test-fixtures';


/**
 * Gzip bytes of everything a page fetches. `goal` is issue 10's budget; a page over it is reported as a todo with its
 * numbers. `ceiling` is what the build achieves today (plus a little), enforced, so no change makes a page heavier
 * unnoticed; lower it with every improvement, to the goal.
 */
// Ceilings as measured once the plan came in parts by section (a gauge loads its target's section's targets, a card
// its task's section, a matrix every task in one chunk and no targets), the chunks and their styles were minified
// whole, and the elements bound only the plan's lookups (search, matrix and evaluation code left the shared chunk; it
// was 48.5, 64.2, 53.4 and 85.9 KB): 32.6, 37.9, 39.1 and 62.8 KB. A page within its goal has the goal as its ceiling.
// After the merges of issues 11-14 (typed inputs and notices, hydration, trend) the pages were 37.6, 43.4, 44.4 and
// 69.7 KB; with one shared chunk (Lit, lit-html, the base element, strings, the plan's loading) they are 37.3, 43.1,
// 44.2 and 69.3 KB. Then the plan's parts lost the fields no element reads, a matrix section loads its sections' tasks
// only, and what a page in Traditional Chinese fetching no JSON does not use left the shared chunk (the fold table,
// the sharing of requests, the other languages' UI strings): 31.8, 37.4, 34.5 and 64.7 KB; with what a gauge draws
// with in one chunk, 31.5, 36.9, 34.5 and 64.1 KB. After merging the matrix's cloned role cells and the gauge's
// lighter templates: 32.0, 37.3, 35.4 and 65.3 KB (a hand-written load controller in place of @lit/task saved 0.6 KB
// a page; @lit/task, a chosen part, was kept). Then the base part's outline came compacted (plan-outline.ts), each
// element's zh-Hant UI words came with its code, the target list items left the gauge chunk, the trend came with the
// first feed, and the plan's parts shared one hash in their names: 29.9, 35.7, 33.8 and 64.0 KB, the gauge within its
// goal; 63.7 KB for all three once the bundler's runtime no longer came as a chunk of its own (the fold table and each
// language's UI strings, imported on demand, are chunks of their own instead of groups). The whole-plan matrix built in
// one pass from prototypes (task-matrix/table-grid.ts, its first render 3 ms faster) added 0.8 KB to the matrix chunk:
// 34.6 and 64.5 KB. The compact gauge of lists (its templates and styles) left the gauge chunk for the target list
// items' chunk: the gauge 29.2 KB (30.0 before), the plan overview 42.3 (43.3). The ring's centre kept inside its hole,
// the loads made on first run and the big plan's lazy grid and unit keys (issue 10's province scale) brought all three to
// 64.9 KB, at its ceiling: 65.2 since. Targets written by their task's number (9.1), English unit names on a page in
// Chinese and POSIX lang tags (zh_CN), as a review as a CMS editor wrote them, added 0.16 KB to the shared chunk: 29.7,
// 36.2, 35.2 and 65.4 KB, the unit summary 45.0 and the plan overview 42.9. The same review's other findings (the
// plan's parts timed out, readings after today and rates over 100% refused in three languages, link templates and
// heading levels checked, the link and heading inputs kept out of the shared chunk): 30.0 (30,694 bytes of 30,720),
// 36.7, 35.3 and 66.2 KB, the unit summary 45.6 and the plan overview 43.1. A developer's review (plan = null, the
// notice naming the module to import when an object arrived as an attribute, in the English and Simplified strings
// every element of a page in those languages loads): 30.0 (30,700 bytes), 66.4 KB for all three. The matrix giving
// focus back to its cell after a loading state (a language switched to, another section): 35.4 KB (36,277 bytes, 71
// more), over its ceiling of 35.4 by 28 bytes; and keeping focus on its unit and task when the table gives way to the
// narrow list and back: 35.5 KB (36,381 bytes). The card, the unit summary and the plan overview giving focus back
// after a loading state (shared/focus-return.ts, a chunk of 0.45 KB the matrix and the gauge do not load): 37.2 KB,
// 67.0 KB for all three, the unit summary 46.1 and the plan overview 43.6. Each ceiling is the measure plus at most
// 0.5 KB, never over the goal. Validation issues worded in each element's language, the `plan` property's check
// moved into the validators chunk with it (and the value of a validation into the fetching chunk): the gauge 30,657
// bytes. A supervision officer's review (designations `pending` and its glyph in three languages, thresholds each
// member must reach, a flow of one thing not paced) and a bad `timeout` noticed like a word (its input in the shared
// chunk): the gauge 29.9 KB, the card 37.0, a matrix section 35.7 and all three 67.3 KB (both over their ceilings of
// 35.6 and 67.2, by about 0.1 KB of the shared chunk's words and input), the unit summary 46.2, the overview 43.6.
// 序時進度 in months at a month end and shares that never sit on a line they are not on (the same review) took the
// gauge to 30,917 bytes; the data package's English amounts (format-english.js) then became a chunk of their own,
// loaded with the English UI strings (`englishOnDemand`): the gauge 29.7 KB (30,422 bytes), the card 36.9, a matrix
// section 35.8, the unit summary 46.0 and the overview 43.5; all three 68.0 KB, its English now one request more.
// Readings never written on a value their target turns on (more decimals there: 5.699萬人 of 6萬人左右, not 5.7萬人; one
// rule for amounts, shares and a ring's figure): the gauge 30.0 KB (30,704 bytes), the card 37.1, a matrix section 35.9,
// all three 68.3, the unit summary 46.3 and the overview 43.8. The data package's words in zh-Hans and English
// (status names, comparator words, the sentences' pieces) then left the shared and gauge chunks for the chunk of their
// language's UI strings, with the English amounts (one request fewer on a page in English): the gauge 29.5 KB
// (30,238 bytes), the card 36.7, a matrix section 35.8, the unit summary 45.9 and the overview 43.3; all three 68.7
// (its ceiling 68.4 → 69.2), which loads both languages in chunks of their own, where gzip no longer finds the
// zh-Hant words beside them, and the slots that hold zh-Hant's words until theirs arrive.
// A fall of more than the whole refused and shares never rounded onto half the pace (the judging code every element
// but the matrix uses, in the shared chunk), a list of words checked for show, and unit names with 、 in brackets
// (the matrix's own chunk): a matrix section 36.0 → 36.05 KB (36,910 bytes), its ceiling 36 → 36.1.
// A range of a change and a band's status said once (the gauge chunk's sentence), and a Date's text read for as-of
// (React 19 and Vue write String(date) to the attribute; in the gauge's own module, so a matrix pays nothing): all
// three 69.2 → 69.3 KB, its ceiling 69.2 → 69.3.
// Every element's own custom properties read (`--_dz-card-bg: var(--dz-card-bg, …)`), not declared on :host, so a
// value the page sets on :root reaches them (a designer's review): the gauge 30,691 → 30,672 bytes (its status
// colours' duplicate defaults gone), a matrix section 36,944 bytes, the card 37,986; all three 69.3 → 69.4 KB, its
// ceiling 69.3 → 69.4. A timeout above a day noticed, the notice saying so in each language (the shared chunk and
// both lazy languages): the gauge 30,693 bytes, a matrix section 36,966 (a byte under its ceiling, after shortening
// the words), all three 71,077 bytes (69.4 KB + 12), its ceiling 69.4 → 69.5. Over a ceiling the sentence says its
// status once (the gauge 30,677 bytes), and the chunks' hashed names moved a matrix section to 36,968 bytes, 2 over
// its ceiling with no code of its own changed: a ceiling a byte above the measure breaks on any rebuild, so 36.1 → 36.2.
// Paper in the light scheme on a dark page (the shared styles, every page): the gauge 30,702 bytes.
// A lone gauge loads its task's targets alone (a chunk per task, named, not listed in the shared chunk's table), where
// gauges together share their sections': the gauge 30,694 → 30,139 bytes (its section's targets were 1.0 KB, its task's
// 0.4); the shared chunk's choice (about 70 bytes on every page) takes the card to 37.2 KB (ceiling 37.2 → 37.3), all
// three to 69.5 (it loads the gauge's task and the card's section: 69.5 → 69.6) and the overview to 43.8 (→ 43.9).
// An element whose code did not load says so in its place (the loader, 0.68 → 0.92 KB on every page) and flags read
// as a CMS editor's tools write them, a word saying neither noticed (the shared chunk's inputs): the gauge 30,546
// bytes, the card 37.6 KB (ceiling → 37.7), a matrix section 36.6 (→ 36.7), all three 70.1 (→ 70.2), the unit
// summary 46.8 (→ 46.9) and the overview 44.2 (→ 44.3). A matrix whose tasks name no unit says so (section 11, in each
// language's strings): all three 70.2 KB, a few bytes over its ceiling (→ 70.3). A review of those changes: a gauge's
// choice of chunk made once per gauge and target (a gauge added later no longer sends one shown back to loading), a
// target written full-width still by id, and a flag's notice from its attribute only while the property holds what it
// reads as (the shared chunk): the gauge 30,653 bytes, the card 37.7 KB (→ 37.8), a matrix section 36.8 (→ 36.9), all
// three 70.3 (→ 70.4), the unit summary 46.9 (→ 47.0) and the overview 44.3 (→ 44.4).
// A screen reader's review (each fact of a gauge read once, the matrix's empty cells named, the unit summary's tasks
// as text without task-href), a change about a value (增長6%左右: its words in each language) and what a rich-text
// editor leaves in a reference (invisible characters, quotes, 9。1) took the gauge to 30,805 bytes; the lookups of
// the bundled plan without the English fallback that only a plan from plan-src needs (plan-lookups.ts, the fallback
// now in the validators' chunk) brought it back to 30,694; all three 70.4 KB, a few bytes over its ceiling (→ 70.5).
// What a rich-text editor does to a tag (a link template in quotes, data-section noticed, a zero-width filler no
// content: the shared chunk and the link template's): the gauge 30,713 bytes, the card 37.8 KB (→ 37.9), all three
// 70.5 (→ 70.6).
// A section's parts named by a template (`named` in virtual:dz-plan-parts) as a task's targets were, not listed 33
// times in the shared chunk's table (0.23 KB gzip on every page): the gauge 30,465 bytes, the card 37.6 KB (→ 37.7), a
// matrix section 36.5 (→ 36.6), all three 70.3 (→ 70.4), the unit summary 46.7 (→ 46.8) and the overview 44.1 (→ 44.2).
// A supervision office's review (a level that fell, the pace's lines, a reduction gone the wrong way: the gauge chunk)
// and a fault of an element's own said in its place (render-failed: the shared chunk): the gauge 30,680 bytes, the
// card 37.8 KB (→ 37.9), a matrix section 36.6 (→ 36.7), all three 70.6 (→ 70.7), the unit summary 46.9 (→ 47.0) and
// the overview 44.3 (→ 44.4).
// @lit/task with a page's first load, not on every page (about 0.39 KB gzip): a matrix section 36.4 KB (→ 36.5). Then
// a session of reviews: a reading older than its report said as not reported this period with its date, the report's
// date on the card, the summary and the overview, the feed's readings that cannot be judged as dz-error (their own
// small module, with focus-return's), the bundled plan's failure in each element's language and retried, and shadow
// roots handed to the loader: the gauge 30,639 bytes, the card 38.2 KB (→ 38.3), all three 71.2 (→ 71.3), the unit
// summary 47.5 (→ 47.6) and the overview 44.8 (→ 44.9).
// A second round of reviews (editors' inputs read through, another city's unit names, a falling total said, the
// units ranked by what they lead, load errors in the page's language) and two savings on every page (a smaller
// decorator helper and the plan's parts loaded by name, 98 bytes; the chunks' maps no longer named at their end, 139
// bytes): the gauge 30,694 bytes, the unit summary 47.6 KB (→ 47.7), a matrix section 36.8 KB (→ 36.9: the unit suggestion loads only for a unit not
// found; a query's option check is a chunk of its own), all three 71.5 (→ 71.6) and the overview 45.1 (→ 45.2).
// A third round (a UI strings chunk that fails said in place, 0.13 KB of the shared chunk; a URL's closing quotes kept;
// a long ring centre drawn smaller) paid on the gauge page by the colours of roles and links leaving the shared
// styles for a chunk of their own that the card, the matrix and the unit summary load (0.1 KB off the gauge, about 0.3
// KB on each of those, one request more), `static properties` on the gauge and terser's pure getters: the gauge 30,666
// bytes, the card 38.3 KB (→ 38.6), a matrix section 37.1 (→ 37.4), all three 71.8 (→ 72.1), the unit summary 47.9
// (→ 48.2); each but the summary within its goal. Then a supervision office's review (judged at the deadline, the
// gauge saying not reported this period, the overview's ranking note) and the client waiting for its input words
// before hydrating, paid by the matrix's plan scope leaving the shared chunk (0.14 KB): the gauge 30,669 bytes, the
// card 38.2 KB, a matrix section 37.2, all three 72.0, the unit summary 47.8, the overview 45.3 (→ 45.5).
// A session of reviews (a due target judged by its figure at the deadline; a stale gauge's
// spoken sentence and status; loads that fail while the plan reloads; the matrix and the card on paper, the CSV named
// after its plan) paid on the gauge page by the card's, the summary's and the overview's plan scopes leaving the shared
// chunk for their own (each class's static `planScope`): the gauge 30,698 bytes, the card 38.3 KB, a matrix section
// 37.3, all three 72.2 (→ 72.5, within its goal of 75), the unit summary 47.9, the overview 45.4. Then a due target
// judged by its last reading by the deadline and any reading after today said (the gauge 30,682 bytes), captions
// wrapped within the visible frame (a matrix section 37.4 KB, at its ceiling; the overview 45.5, → 45.7).
// A session of data reviews: a county's or district's unit prefixes (getUnit finds 嘉祥縣財政局) and the lang and today
// options a library caller passes, read by one rule in the shared chunk (about 30 bytes on every page): the gauge
// 30,715 bytes, a matrix section 38,306 bytes, 9 over its ceiling (37.4 → 37.5, within its goal of 40).
// The matrix for keyboard users (the matrix's own chunk, 0.2 KB): its narrow list one Tab stop with arrow keys, Home
// and End, its scrolling frame no Tab stop of its own in Firefox, Home/End in a windowed table that keep its row still:
// a matrix section 38,283 → 38,493 bytes (37.5 → 37.6, within its goal of 40), all three 74,157 → 74,367 (72.5 →
// 72.7, within its goal of 75); the gauge's chunks unchanged. After a code review of it, the focused item kept through
// a re-sort, a transposition or another section (about 60 bytes): the matrix section 37.6 → 37.7, all three 72.7 → 72.8.
// A supervision office's review (a reading after the deadline refused, a held level on track, a ceiling's wrong
// scale at ten times): 41 bytes on the gauge page, won back by one home for the date error and the 萬/億 table (the
// gauge 30,705 → 30,711 bytes after the review that followed, the overview 46,770 of its 46,797).
// A designer's review: the overview by unit heads its count 牽頭任務數 and totals the tasks some unit leads (a word of
// its own in each language and a filter): the overview 46,799 bytes (45.7 → 45.8). An accessibility review: the
// matrix's End shows the row's total, and a header and total row too tall for a short frame stop sticking (the
// matrix's own chunk): a matrix section 38,647 bytes (37.7 → 37.8, within its goal of 40). Then nine zh-Hant words
// only one element reads left the shared chunk for its group (the trend's five, the matrix's choice, the overview's two,
// the timeout's): the gauge 30,375 bytes, the card 38.1 KB, a matrix section 37.5, the unit summary 47.8, the overview 45.4.
// Reviews of readings (a share of a set read from a count refused, 4/11 read as its share; 萬億 and 千萬 scales) and of
// notes (a Chinese note in an English element marked lang="zh"): the gauge 30,552 bytes, all three 72.8 KB (→ 72.9).
// The session's end, the ceilings brought down to what the pages fetch: the gauge 30,553 bytes, the card 38.3 KB
// (39,219 bytes: → 38.4), a matrix section 37.6 (38,476), the unit summary 47.9 (49,094: → 48.0), the overview 45.7 (46,756).
// An accessibility review: one alert per error on a page, not one per element (page-alerts.ts in the shared chunk, and
// the loader's note; about 150 bytes on every page): the gauge 30,701 bytes, the card 39,365 (38.4 → 38.5), a matrix
// section 38,619 (37.6 → 37.8), all three 73.0 KB (→ 73.1), the unit summary 49,236 (48.0 → 48.1), the overview 46,901
// (45.7 → 45.9).
// A misspelt tag said in its place (the loader finds undefined elements and names the tag meant; its words and the
// closest name load only then: about 80 bytes on every page), paid on the gauge page by taking `chineseNumeral` and
// `targetsOfSection` out of the look-ups every page loads: the gauge 30,711 bytes, the card 39,376, a matrix section
// 38,698, the unit summary 49,249, the overview 47,021 (45.9 → 46.0: it loads `targetsOfSection` as a module of its own).
// The elements' properties declared as `static properties`, not decorators (about 320 bytes on every page); the alert
// not in a hidden copy and gauges counted once per root: the gauge 30,434 bytes, the card 38.2 KB (39,044: 38.5 → 38.3),
// a matrix section 37.5 (38,309: 37.8 → 37.6), all three 72.7 (→ 72.8), the unit summary 47.8 (48,921: 48.1 → 47.9),
// the overview 45.6 (46,664: 46.0 → 45.7).
// The loader's notes in the shadow roots handed to it (55 bytes on every page): the gauge 30,493 bytes, all three
// 74,496 bytes (→ 72.9 KB), the unit summary 49,028 (→ 48.0), the overview 46,768 (→ 45.8): room for hash noise.
// A reviewed supervision office's reading (a change that moved the wrong way is far behind whatever its measure; a
// multiple of a year's level said of that level: 不少於2020年的1.5倍), the matrix's narrow list kept in one update, and
// hydration with no second update: the gauge 30,630 bytes, the card 39,285 (38.3 → 38.4), a matrix section 38,516
// (37.6 → 37.7), all three 73.0 KB (72.9 → 73.1), the unit summary 49,166 (48.0 → 48.1), the overview 46,910 (45.8 → 45.9).
// A target's compact form saying its base year (every page) and the matrix and the overview taking the room there is
// in a shrink-to-fit layout, long words breaking in their boxes (the shared styles, the matrix's and the overview's):
// the gauge 30,640 bytes, the card 39,288, a matrix section 38,557, all three 74,863 (73.1 → 73.2, within its goal of
// 75), the unit summary 49,142, the overview 46,968.
// A CMS editor's review (r49): loading skeletons drawn in the room the element will take in a float (the shared styles,
// 41 bytes on the gauge page), and an unknown task, target or section said with what the plan has (找不到任務 999:本計劃的
// 任務為 1–69: the words and the code load only then, with the words on demand; their hook about 30 bytes on the pages
// that name a task, a target or a section): the gauge 30,712 bytes, the card 39,350 (38.4 → 38.5, within its goal of
// 40), a matrix section 38,577, all three 74,911, the unit summary 49,148, the overview 47,038 (45.9 → 46.0).
// A supervision office's review (r57): a change from a base year that turned from a rise to a cut says so (a trend
// word: on the gauge page with the trend only, but in the English and Simplified chunks of the all-three page), the
// overview's message names both ways of giving a report: the gauge 30,708 bytes, all three 74,975 (73.2 → 73.3, within
// its goal of 75).
// A WCAG 2.2 review (r59): the overview's frame a Tab stop only while it scrolls (a ResizeObserver controller,
// plan-overview/frame-tab-stop.ts): the overview 47,342 bytes (46.0 → 46.3); the gauge's status free to wrap: the
// gauge 30,706. The matrix's focused-cell line above its frame, Page Up and Down in its narrow list, its sort order
// said in the caption and its export button described by it: a matrix section 38,611 bytes (37.7 → 37.8), all three
// 75,064 (73.3 → 73.4, within its goal of 75). The review of those changes (r60): the overview's frame measured once
// hydrated, and kept a Tab stop while it has focus: the overview 47,495 bytes (46.3 → 46.4).
// Room found on every page (the list elements' words in their own chunks): the gauge about 30,460 bytes. (Dropping the
// line breaks before a tag's `>` in the CDN build's Lit templates saved 66 more, but changed the templates' strings,
// whose digest Lit's hydration checks against the server's render: every pre-rendered element failed to hydrate.)
// A supervision office's review (r63): a running total read lower than an earlier reading is a problem, not a status,
// and a status no later reading can change stands though not reported again (judged-target.ts and the data package's
// running-total.js, in the gauge chunk): the gauge 30,635 bytes, all three 75,282 (73.4 → 73.6, within its goal of
// 75), the overview 47,607 (46.4 → 46.6).
// One loading status per page, no aria-busy on it (r59 L5): the gauge 30,658 bytes, all three 75,297, the overview 47,625.
// A supervision office's policy findings (r63 §6, §8–§11: a few whole things, levels reached early, a change read
// inside a year, a growth far below or ten times past its target, 0 of a stock) cost about 300 bytes in the gauge
// chunk; the Simplified units of measure (generated/units-hans.js) left it for the zh-Hans chunk (a slot, as the
// English amounts), which paid for half. The matrix's narrow list became links with `task-href`/`unit-href` (r59 L3:
// buttons that did nothing), with the shared link template; a few whole things paced with one thing's grace (r64): the
// gauge 30,708 bytes, the card 39,459 (38.5 → 38.6, within its goal of 40), a matrix section 38,837 (37.8 → 38.1,
// within 40), all three 75,661 (73.6 → 74.1, within 75), the unit summary 49,295 (48.1 → 48.2), the overview 47,677.
// The narrow list's entries named by headings at the matrix's `heading-level` (r64 §7, F112): 367 bytes on the matrix
// page, 315 of them shared/heading.ts (its input and notice, the unit summary's), now in the chunk the card, the summary
// and the matrix share: a matrix section 39,241 (38.1 → 38.4, within 40), all three 75,765.
// The overview's rows stacked below 30em, each count labelled, the table's roles kept (r67 H1, F115): 102 bytes in
// its chunk, the overview 46.6 → 46.7 KB.
// The card heads its section as the plan does, 四、 (r67 M6, F119): shared/section-heading.ts and the heading numeral, a
// chunk of their own that the card, the matrix and the overview load, the matrix's view now in the matrix's chunk alone:
// the card 39,607 bytes (38.6 → 38.7, within its goal of 40), a matrix section 39,266, all three 75,907 (74.1 → 74.2,
// within 75), the overview 47,118 (was 47,671; its ceiling brought down, 46.7 → 46.1).
// A gauge refusing a signed share and reading points in either script (F141) put the gauge at 30,808 bytes, the card
// 39,712, all three 76,042, the overview 47,211: over their ceilings. Room made (F147): the running of a load with
// `@lit/task` (`load-task.run.ts`) left dz-shared for the chunk the first load imports, and the gauges' and the
// matrix's templates no longer break lines inside tags: the gauge 30,503, the card 39,455, a matrix section 39,024, all
// three 75,713, the unit summary 49,063, the overview 46,954; the ceilings kept, as room for what comes.
// 2026-12-06: F195's words (力爭 said, no pace notes at the deadline) and F196's (a gauge's value without as-of past its
// deadline noticed, errors in the console, a `<br>` filler no content) took the gauge to 30,913 bytes, over its goal;
// room made (F202): the judging of a progress report (shared/gauge/judged-feed.ts, the data package's
// latest-progress.js) left the gauge chunk for the validators every report passes through (`feedJudgingOnDemand`),
// and terser writes the functions it inlines as arrows (35 bytes): the gauge 30,587 bytes, the card 39,453 (38.7 →
// 38.6), all three 76,297 (74.2 → 74.6, within its goal of 75), the unit summary 49,062 (48.2 → 48.0), the overview 46,940.
// Then F197's and F203's shadows at the edges of the matrix's scroll box beyond which rows or columns are hidden (327
// bytes on the matrix's chunk): a matrix section 38.5 KB (38.4 → 38.6, within its goal of 40), all three 74.5 KB.
// 2026-12-07: F209's words beside a status (what is left of a ceiling used faster than the pace, or that it is used up;
// 超額完成 beside a target met beyond its goal: about 120 bytes in the gauge chunk, the days to go left out for the 30 KB
// goal), paid in part by formatPercent's lines mapped whole and terser's `inline: 1, if_return: false` (19 bytes): the
// gauge 30,687 bytes, the card 39,572 (38.6 → 38.7, within its goal of 40), a matrix section 39,374, all three 76,454
// (74.6 → 74.7, within its goal of 75), the unit summary 49,200 (48.0 → 48.1), the overview 47,076.
// 2026-12-07 (F245, review r98 M1): a matrix too large to be in the page whole (over 10,000 cells, rows and columns
// virtual) says so to a screen reader, in its description (共 96 個單位、240 項任務,只列出畫面上的部分…), and offers its
// CSV without `export` (the matrix's chunk and its zh-Hant words, in each language): a matrix section 39,497 bytes (38.6 →
// 38.7: 29 bytes under 38.6 would break on a rebuild's hash names),
// all three 76,708 (74.7 → 75, its goal: 92 bytes left), the gauge and the card unchanged.
// F250: chunks export under their bindings' names, Lit's css errors said short (vite.config.ts): the gauge 30,376 bytes (→ 29.7).
// F253, F255 (review r102 H2, H3): no bundled plan in place of a misspelt plan-src (the element waits for the words
// about inputs when one is suspect), and the bundled plan told apart for its errors' note (its lookups, and what a feed
// shown with them is checked against, its own key in the parts' map: the shared chunk): the gauge 30,507 bytes with
// F254's below; with the mend of F254 (a plan input not yet checked has no language: a try in the language
// controller), a few bytes over 29.8 (→ 29.9, within its goal of 30).
// F254 (review r102 H1, L6): a page that does not say its language shows an element's plan in the plan's own (the
// language controller notes the plan's `sourceLanguage`: the shared chunk), and a misspelt tag's note says its Chinese
// in the page's script (the loader's `tell`): about 75 bytes on the gauge page (the shared chunk 67; the plan looked at
// only where the page says no language, so a gauge still walks up the tree once per read): about 30,450 (→ 29.8).
// F259 (review r105 F1–F4, r98 L1): the matrix's grid as the APG's data grid (the keys reach its headers and totals,
// the line above it says them), a cell scrolled into view with that line under a sticky site header, and the narrow
// list a Tab stop while focus is put on it (the matrix's chunk 13,974 → 14,450 bytes; F263 then 14,232: the windowed
// table's column headers and totals drawn by the whole table's templates, only role cells keyed by unit and task, the
// line's words in one composition; the overview's frame a named region while it scrolls, 17 bytes): a matrix section
// 39,556 bytes (38.6 KB, within its goal of 40); all three 76,960 bytes (75.2 KB), still over its goal of 75, not raised.
// F264: the windowed table (virtual-table.ts, with Lit's repeat and guard) a chunk of its own, loaded by the first matrix
// above 10,000 role cells (no matrix of the bundled plan): the matrix chunk 14,229 -> 13,249 bytes, a matrix section
// 38,112, all three 75,511. F265 (review r108: one Tab stop in the window, a header's cursor kept by its unit and task)
// 91 more: a matrix section 37.3 KB, all three 73.8 KB. Ceilings lowered to hold the gain: 38.9 -> 37.5 and 75 -> 74.
// F256, F260 (review r100 M2, L8): how far a target missed (差50個) beside its status and in its meter's sentence, its
// words and the data package's targetGap in the chunk of words on demand (problem-words.lazy.ts), fetched by the first
// reading missed or over its ceiling; 未報送 with its glyph once due, drawn by the feed's judging code (the validators'
// chunk, with the tally's words): without F259's, the gauge 30,671 bytes (29.9 → 30.0, its goal), the card 39,530, all
// three 76,716, the unit summary 49,185, the overview 47,045 (F256 had the words and code on every page: the gauge 31,309).
const budgets = [
  { page: 'cdn-gauge.html', what: 'one gauge', goal: 30, ceiling: 30, noFold: true, othersWords: ['matrix', 'card', 'summary', 'overview', 'lists', 'inputs', 'trend'] },
  { page: 'cdn-card.html', what: 'one card', goal: 40, ceiling: 38.7, noFold: true, othersWords: ['matrix', 'summary', 'overview', 'inputs', 'trend'] },
  { page: 'cdn-matrix.html', what: 'one matrix section', goal: 40, ceiling: 37.5, noFold: true, othersWords: ['gauge', 'card', 'summary', 'overview', 'inputs', 'trend'] },
  { page: 'cdn-all.html', what: 'all three elements, three languages', goal: 75, ceiling: 74 },
  // Issue 11's elements (issue 10 set no goal for them; a card's is used): first measured at 50.6 and 50.7 KB before
  // the plan came in parts, 76.8 KB after the merges (every section's bodies too); with every task and every target
  // (one chunk each) and no bodies, 52.8 and 52.9 KB; 45.9 and 44.8 KB with the changes above (the overview loads the
  // gauge chunk's trend templates without drawing a trend: 0.7 KB more than with them apart, 1.7 KB less for the rest);
  // 44.8 and 43.4 KB once the trend came with the first feed and the rest above; the unit summary 44.5 KB without the
  // runtime's chunk.
  { page: 'cdn-unit-summary.html', what: 'one unit summary', goal: 40, ceiling: 48.1, everyTarget: true },
  { page: 'cdn-plan-overview.html', what: 'the plan overview', goal: 40, ceiling: 46.1, everyTarget: true },
];

/**
 * A zh-Hant UI word only each element (or the words about wrong inputs, or a trend over a feed's readings) shows: the CDN build brings the words of an
 * element with its code (`zhHantStringsByUse` in `vite.config.ts`), so no page carries another element's.
 */
const ownWords = {
  gauge: [zhHant.gaugeNotPaced],
  trend: [zhHant.trendReadings],
  card: [zhHant.showBody, zhHant.cardBodyInChinese],
  matrix: [zhHant.matrixCaption, zhHant.matrixLegendNote],
  summary: [zhHant.summaryNoTasks],
  overview: [zhHant.overviewDistinctTotals],
  // Words several of the elements that list tasks or units show (the card and the matrix), each with its own copy.
  lists: [zhHant.leadUnits, zhHant.participatingUnits],
  inputs: [zhHant.valueKinds.function],
} as const;

/** Strings only zod's code carries (its core classes, zod/mini's schemas): none may reach a page with the bundled plan. */
const zodMarkers = ['$ZodType', 'ZodMini'];

/** Strings only `@lit/task`'s code carries: it comes with a page's first load (a `plan-src`, a feed), never before. */
const taskMarkers = ['taskComplete', 'argsEqual'];

interface Opened {
  page: Page;
  errors: string[];
  /** Paths (from the server's root) of every file fetched after the page itself. */
  fetched: string[];
}

async function open(context: BrowserContext, origin: string, path: string): Promise<Opened> {
  const page = await context.newPage();
  const opened: Opened = { page, errors: [], fetched: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => opened.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname !== path) opened.fetched.push(url.pathname);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('dz-task-matrix, dz-task-card, dz-target-gauge, dz-unit-summary, dz-plan-overview')];
      return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'));
    },
    { timeout: 60_000 }, // a ceiling for a hung page, not a speed limit
  );
  // Chunks requested after the first render (none are expected) would still count: let the network settle.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
  return opened;
}

/**
 * Each page opened once per engine for the tests that only read what it fetched and showed (the budgets, the chunks'
 * contents): a page loads the same files each time, so one load serves them all. Its pages stay open, still
 * collecting errors, until the engine's tests end and its browser context closes.
 */
function openedOnce(context: () => BrowserContext, origin: () => string): (path: string) => Promise<Opened> {
  const pages = new Map<string, Promise<Opened>>();
  return (path) => {
    if (!pages.has(path)) pages.set(path, open(context(), origin(), path));
    return pages.get(path)!;
  };
}

/** gzip -9 of the served file behind each fetched path, as the budget counts it. */
function gzipBytes(paths: readonly string[]): { total: number; files: string[] } {
  const unique = [...new Set(paths)];
  const sizes = unique.map((path) => ({ path, gzip: gzipSync(readFileSync(`${repoRoot}${path.slice(1)}`), { level: 9 }).length }));
  return {
    total: sizes.reduce((sum, s) => sum + s.gzip, 0),
    files: sizes.map((s) => `${s.path.replace('/packages/elements/dist/cdn/', '')} ${(s.gzip / 1024).toFixed(1)} KB`),
  };
}

describe('CDN pages', { skip: existsSync(`${cdnDir}/dz-elements.js`) ? false : 'run `npm run build` first' }, () => {
  let server: StaticServer;
  before(async () => {
    server = await serveStatic(repoRoot);
    rmSync(secondCopy, { recursive: true, force: true });
    cpSync(cdnDir, secondCopy, { recursive: true });
  });
  after(async () => {
    await server.close();
    rmSync(secondCopy, { recursive: true, force: true });
  });

  describeInEachEngine((context, engine) => {
    const opened = openedOnce(context, () => server.origin);
    // What no engine decides (which chunks the bundle's graph makes a page fetch, how an attribute or a name is read,
    // the trend's words) is checked in Chromium alone; loading, failing loads, languages arriving late and the issue's
    // rules (budgets, the classic script, two copies) in both. CI time: about 9 s of Firefox on two busy cores.
    const inChromium = engine.name === 'Chromium' ? it : () => undefined;

    for (const budget of budgets) {
      it(`${budget.what}: the page fetches at most ${budget.goal} KB gzip (issue 10)`, async (t) => {
        const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
        const { total, files } = gzipBytes(fetched);
        t.diagnostic(`${budget.what}: ${(total / 1024).toFixed(1)} KB gzip: ${files.join(', ')}`);
        assert.deepEqual(errors, []);
        assert.ok(fetched.every((path) => path.startsWith('/packages/elements/dist/cdn/')), `only the CDN folder: ${fetched.join(', ')}`);
        const kb = (total / 1024).toFixed(1);
        assert.ok(total <= budget.ceiling * 1024, `${kb} KB is over today's ceiling of ${budget.ceiling} KB`);
        if (total > budget.goal * 1024) t.todo(`not met yet: ${kb} KB, goal ${budget.goal} KB`);
      });

      if (budget.everyTarget) {
        it(`${budget.what}: every target in one chunk, no task bodies (the element shows titles only)`, async () => {
          const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
          assert.deepEqual(errors, []);
          const names = fetched.map((path) => path.slice(path.lastIndexOf('/') + 1));
          assert.deepEqual(names.filter((name) => /^dz-bodies-/.test(name)), [], 'no bodies chunk');
          assert.deepEqual(names.filter((name) => /^dz-(all-)?targets-/.test(name)).map((name) => name.replace(/-[\w-]{8}\.js$/, '')), ['dz-all-targets']);
        });
      }

      if (budget.noFold) {
        it(`${budget.what}, in Traditional Chinese and fetching no JSON: no chunk the page loads folds to Simplified, shares requests or words the UI in another language`, async () => {
          const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
          assert.deepEqual(errors, []);
          const carrying = (marker: string) => [...new Set(fetched)].filter((path) => readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8').includes(marker));
          assert.deepEqual(carrying(FOLD_FROM.slice(0, 40)), [], 'the fold table');
          // A word only shared-requests.ts writes.
          assert.deepEqual(carrying('not an http(s) URL'), [], 'the sharing of requests');
          // The UI strings of the other languages (en.ts, zh-hans.ts).
          assert.deepEqual(carrying('Show full text'), [], 'the English UI strings');
          // A word only the data package's English amounts write (format-english.js).
          assert.deepEqual(carrying('trillion'), [], 'the English amounts');
          assert.deepEqual(carrying('加载中…'), [], 'the Simplified UI strings');
          // The data package's words in the other languages (words-en.js, words-zh-hans.js): a status and a sentence's piece.
          assert.deepEqual(carrying('awaiting decision'), [], 'the English status names');
          assert.deepEqual(carrying('of the period elapsed'), [], "the English sentences' words");
          assert.deepEqual(carrying('严重滞后'), [], 'the Simplified status names');
          assert.deepEqual(carrying('序时进度'), [], "the Simplified sentences' words");
        });
      }

      if (budget.othersWords) {
        it(`${budget.what}: no chunk the page loads carries the zh-Hant UI words of another element or of wrong inputs`, async () => {
          const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
          assert.deepEqual(errors, []);
          const texts = [...new Set(fetched)].map((path) => readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8'));
          for (const other of budget.othersWords) {
            for (const word of ownWords[other as keyof typeof ownWords]) assert.ok(!texts.some((text) => text.includes(word)), `${other}: ${word}`);
          }
        });
      }

      it(`${budget.what}, the bundled Dezhou plan only: no chunk the page loads carries zod (issue 10)`, async () => {
        const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
        assert.deepEqual(errors, []);
        // The markers do find zod where it is: in the validators chunk, which the CDN folder still carries.
        const validatorsChunk = readdirSync(cdnDir).find((name) => /^dz-validators-.*\.js$/.test(name));
        assert.ok(validatorsChunk, 'the CDN folder has a validators chunk');
        const validatorsText = readFileSync(`${cdnDir}/${validatorsChunk}`, 'utf8');
        assert.ok(zodMarkers.every((marker) => validatorsText.includes(marker)), 'the markers are found in the validators chunk');
        const withZod = [...new Set(fetched)].filter((path) => {
          const text = readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8');
          return zodMarkers.some((marker) => text.includes(marker));
        });
        assert.deepEqual(withZod, [], 'chunks with zod');
        assert.ok(!fetched.some((path) => /dz-validators-/.test(path)), `the validators chunk was loaded: ${fetched.join(', ')}`);
      });

      it(`${budget.what}, nothing to load: no chunk the page loads carries @lit/task`, async () => {
        const { errors, fetched } = await opened(`${fixtures}/${budget.page}`);
        assert.deepEqual(errors, []);
        const carrying = (name: string) => taskMarkers.every((marker) => readFileSync(`${cdnDir}/${name}`, 'utf8').includes(marker));
        assert.ok(readdirSync(cdnDir).some(carrying), 'the markers are found in a chunk of the CDN folder');
        const withTask = [...new Set(fetched)].filter((path) => carrying(path.split('/').at(-1)!));
        assert.deepEqual(withTask, [], 'chunks with @lit/task');
      });
    }

    inChromium('one gauge: the words of a reading that cannot be judged load only for one, then say it in the page\'s language', async () => {
      const { page, errors, fetched } = await open(context(), server.origin, `${fixtures}/cdn-gauge.html`);
      const wordsChunk = (paths: readonly string[]) => paths.filter((path) => /\/dz-problem-words\.lazy-[\w-]+\.js$/.test(path));
      assert.deepEqual(wordsChunk(fetched), [], 'a gauge judged loads no problem words');
      const said = await page.evaluate(async () => {
        const gauge = document.querySelector('dz-target-gauge') as HTMLElement & { updateComplete: Promise<boolean> };
        const events: string[] = [];
        gauge.addEventListener('dz-error', (e) => events.push((e as CustomEvent<{ message: string }>).detail.message));
        gauge.setAttribute('value', '21000000');
        await gauge.updateComplete;
        return { alert: gauge.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim(), events };
      });
      assert.match(said.alert ?? '', /21000000 是目標\(3000個\)的 7000 倍/u);
      assert.deepEqual(said.events, [said.alert!.replace(/^⚠\s*/u, '')]);
      assert.equal(wordsChunk(fetched).length, 1, fetched.join(', '));
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('one gauge: no chunk the page loads carries the compact gauge of lists, its templates or its styles (the gauge draws its own meter)', async () => {
      const { errors, fetched } = await opened(`${fixtures}/cdn-gauge.html`);
      assert.deepEqual(errors, []);
      const carrying = [...new Set(fetched)].filter((path) => readFileSync(`${repoRoot}${path.slice(1)}`, 'utf8').includes('gauge-compact'));
      assert.deepEqual(carrying, []);
    });

    inChromium("one gauge: its task's targets alone (not its section's); gauges together share their sections' targets, one chunk per section, and no task", async () => {
      // Every chunk of the plan's tasks and targets the page fetched: a target by its id needs no task.
      const targetChunks = (fetched: readonly string[]) =>
        [...new Set(fetched.map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.js$/, '')))].filter((name) => /^dz-(all-)?(tasks|targets)/.test(name)).sort();
      const lone = await opened(`${fixtures}/cdn-gauge.html`);
      assert.deepEqual(lone.errors, []);
      assert.deepEqual(targetChunks(lone.fetched), ['dz-targets-t09']);
      const together = await opened(`${fixtures}/cdn-gauges.html`);
      assert.deepEqual(together.errors, []);
      assert.deepEqual(targetChunks(together.fetched), ['dz-targets-s02', 'dz-targets-s04']);
      const metrics = await together.page.evaluate(() =>
        [...document.querySelectorAll('dz-target-gauge')].map((gauge) => gauge.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()),
      );
      assert.deepEqual(metrics, ['t09.1', 't10.1', 't26.3'].map((id) => dezhou().getTarget(id)!.metric['zh-Hant']));
    });

    it('one matrix section: its section\'s tasks only (no chunk of every task), its units in the whole plan\'s order', async () => {
      const { page, errors, fetched } = await opened(`${fixtures}/cdn-matrix.html`);
      assert.deepEqual(errors, []);
      const names = fetched.map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.js$/, ''));
      assert.deepEqual(names.filter((name) => /^dz-(all-)?tasks/.test(name)), ['dz-tasks-s04']);
      const rows = await page.evaluate(() =>
        [...document.querySelector('dz-task-matrix')!.shadowRoot!.querySelectorAll('tbody th[part="row-header"]')].map((th) => th.textContent!.trim()),
      );
      // Section 4 alone would order its units by their first task in section 4: the whole plan's order differs.
      const whole = dezhou().responsibilityMatrix({ sections: [4] }).rows.map((unit) => unit.name['zh-Hant']);
      assert.deepEqual(rows, whole);
    });

    inChromium('Simplified texts folded from the Traditional where shown, and a unit found by its name in mixed script', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-simplified.html`);
      assert.deepEqual(errors, []);
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('dz-target-gauge, dz-task-card, dz-unit-summary')].map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')),
      );
      const api = dezhou();
      const [hantGauge, hansGauge, hansCard, summary] = texts as [string, string, string, string];
      assert.ok(hantGauge.includes(api.getTarget('t09.1')!.metric['zh-Hant']), hantGauge);
      assert.ok(hansGauge.includes(api.getTarget('t09.1')!.metric['zh-Hans']), hansGauge);
      assert.ok(hansCard.includes(api.getTask(9)!.title['zh-Hans']), hansCard);
      assert.ok(hansCard.includes(api.getTask(9)!.body['zh-Hans'].slice(0, 40)), hansCard);
      assert.ok(summary.includes(api.getUnit('市市場监管局')!.name['zh-Hant']), summary);
      await page.close();
    });

    it('each element in the UI words of its language, also after the page switches language', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-all.html`);
      assert.deepEqual(errors, []);
      const cardText = () => page.evaluate(() => [...document.querySelectorAll('dz-task-card')].map((el) => el.shadowRoot!.textContent!));
      const [hant, hans, en] = await cardText();
      assert.ok(hant!.includes('展開全文') && hans!.includes('展开全文') && en!.includes('Show full text'), `${hant}\n${hans}\n${en}`);
      // English amounts come with the English strings: 2,100 base stations, not the stand-in's bare 2100.
      const gaugeText = await page.evaluate(() => [...document.querySelectorAll('dz-target-gauge')].map((el) => el.shadowRoot!.textContent!));
      assert.ok(gaugeText[2]!.includes('2,100 base stations') && gaugeText[0]!.includes('2100個'), gaugeText.join('\n'));
      // On a page in Traditional Chinese only, switched to English: the English strings load, then the card shows them.
      const single = await open(context(), server.origin, `${fixtures}/cdn-card.html`);
      await single.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await single.page.waitForFunction(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent!.includes('Show full text'), { timeout: 30_000 });
      const text = await single.page.evaluate(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent!);
      assert.ok(text.includes('Lead units') && !text.includes('展開全文'), text);
      assert.match(text, /\d,\d{3} units|\d+ (?:units|enterprises|projects)/, 'the card\'s targets in English amounts');
      assert.deepEqual(single.errors, []);
      await single.page.close();
      await page.close();
    });

    inChromium('a matrix switched to English loads the English strings, words and amounts in one chunk, and no gauge code: they need the shared chunk only', async () => {
      const { page, errors, fetched } = await open(context(), server.origin, `${fixtures}/cdn-matrix.html`);
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await page.waitForFunction(() => document.querySelector('dz-task-matrix')!.shadowRoot!.textContent!.includes('Responsibility matrix'), { timeout: 30_000 });
      assert.deepEqual(errors, []);
      assert.ok(fetched.some((path) => /\/dz-strings-en-/.test(path)), fetched.join(', '));
      assert.deepEqual(fetched.filter((path) => /\/dz-(gauge|target-gauge)-/.test(path)), [], 'a gauge chunk on a page with no gauge');
      await page.close();
    });

    it('a page switched to English, then to Simplified Chinese before the English arrives: the element ends in Simplified words', async () => {
      // A plan from plan-src: nothing else loads after the switch to re-render the element once the Simplified strings come.
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-plan-src.html`);
      const held: HTTPRequest[] = [];
      let asked!: () => void;
      const english = new Promise<void>((done) => (asked = done));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (/\/dz-strings-en-/.test(request.url())) {
          held.push(request);
          asked();
        } else void request.continue();
      });
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await english;
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-Hans'));
      for (const request of held.splice(0)) await request.continue();
      await page
        .waitForFunction(
          (word) => document.querySelector('dz-unit-summary')!.shadowRoot!.textContent!.includes(word),
          // Polled: a page behind the others gets no animation frames to poll on.
          { timeout: 30_000, polling: 100 },
          zhHans.summaryTasks,
        )
        .catch(async (error: unknown) => {
          throw new Error(`${String(error)}: ${await page.evaluate(() => document.querySelector('dz-unit-summary')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 200))}`);
        });
      assert.deepEqual(errors, []);
      await page.close();
    });

    it("a page switched to English whose English chunk does not load: the gauge keeps zh-Hant's words, never an empty or missing one", async () => {
      const { page } = await open(context(), server.origin, `${fixtures}/cdn-gauge.html`);
      await page.setRequestInterception(true);
      page.on('request', (request) => void (/\/dz-strings-en-/.test(request.url()) ? request.abort() : request.continue()));
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      // The plan's English comes in a chunk of its own, which loads: the metric in English says the gauge updated.
      const metric = dezhou().getTarget('t09.1')!.metric.en;
      await page.waitForFunction((m) => document.querySelector('dz-target-gauge')!.shadowRoot!.textContent!.includes(m), { timeout: 30_000 }, metric);
      const gauge = await page.evaluate(() => {
        const root = document.querySelector('dz-target-gauge')!.shadowRoot!;
        return { status: root.querySelector('[part~="status"]')!.textContent!.trim(), label: root.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')! };
      });
      assert.match(gauge.status, new RegExp(statusLabels['zh-Hant'].onTrack), JSON.stringify(gauge));
      assert.ok(!/undefined|NaN/.test(gauge.label) && gauge.label.includes(statusLabels['zh-Hant'].onTrack), gauge.label);
      await page.close();
    });

    inChromium('a feed with readings over time: the gauge and the card show the trend, in words and as steps', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-trend.html`);
      assert.deepEqual(errors, []);
      const trends = await page.evaluate(() =>
        ['dz-target-gauge [part="trend"]', 'dz-task-card [part="gauge-trend"]'].map((selector) => {
          const [host, part] = selector.split(' ') as [string, string];
          const trend = document.querySelector(host)!.shadowRoot!.querySelector(part);
          return trend && { words: trend.querySelector('.trend-words')!.textContent, steps: trend.querySelectorAll('li').length };
        }),
      );
      const target = dezhou().getTarget('t09.1')!;
      const words = zhHant.trendUp(formatAmount(target, 1500, 'zh-Hant'), formatIsoDate('2023-03-31', 'zh-Hant'));
      for (const trend of trends) assert.deepEqual(trend, { words, steps: 3 });
      await page.close();
    });

    inChromium('targets, units and languages as the CMS guide and CMS templates write them: 9.1 and t9.1, an English unit name on a Chinese page, zh_CN and " en"', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-names.html`);
      assert.deepEqual(errors, []);
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('dz-target-gauge, dz-unit-summary')].map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')),
      );
      const api = dezhou();
      const target = api.getTarget('t09.1')!;
      const [byNumber, lowerT, upperT, fullWidth, summary, hans, en] = texts as [string, string, string, string, string, string, string];
      for (const gauge of [byNumber, lowerT, upperT, fullWidth]) assert.ok(gauge.includes(target.metric['zh-Hant']), gauge);
      const unit = api.getUnit('Dezhou Municipal Development and Reform Commission')!;
      assert.ok(summary.includes(unit.name['zh-Hant']) && summary.includes(api.tasksOfUnit(unit.id)![0]!.title['zh-Hant']), summary);
      assert.ok(hans.includes(target.metric['zh-Hans']) && !hans.includes(target.metric['zh-Hant']), hans);
      assert.ok(en.includes(target.metric.en), en);
      await page.close();
    });

    it('the bundled plan from a server that does not answer within timeout: a plan-timeout error, then the gauge once it arrives', async () => {
      const page = await context().newPage();
      const held: HTTPRequest[] = [];
      let holding = true;
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // The plan's first part (its outline) never answers until released: a stalled server.
        if (holding && /\/dz-base-[\w-]+\.js$/.test(request.url())) held.push(request);
        else void request.continue();
      });
      await page.goto(`${server.origin}${fixtures}/cdn-timeout.html`, { waitUntil: 'domcontentloaded' });
      const gaugeText = () => page.evaluate(() => document.querySelector('dz-target-gauge')!.shadowRoot?.textContent ?? '');
      await page.waitForFunction(() => (window as unknown as { dzErrors: string[] }).dzErrors.includes('plan-timeout'), { timeout: 60_000 });
      assert.match(await gaugeText(), /@dz-tasks\/data\/dezhou-2023 在 1 秒內未能完整載入/);
      assert.equal(held.length, 1, 'the outline was asked for once');
      holding = false;
      for (const request of held.splice(0)) await request.continue();
      const metric = dezhou().getTarget('t09.1')!.metric['zh-Hant'];
      await page.waitForFunction((text) => document.querySelector('dz-target-gauge')!.shadowRoot!.textContent!.includes(text), { timeout: 60_000 }, metric);
      assert.doesNotMatch(await gaugeText(), /未能完整載入/);
      await page.close();
    });

    it('a chunk that cannot be loaded (a CDN folder updated under a cached loader): the validators, an error in the page\'s words; the trend, the readings without it', async () => {
      /** Opens cdn-trend.html (a gauge and a card on one feed) with the chunks matching `lost` failing. */
      const openLosing = async (lost: RegExp) => {
        const page = await context().newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => void (lost.test(request.url()) ? request.abort('failed') : request.continue()));
        await page.goto(`${server.origin}${fixtures}/cdn-trend.html`, { waitUntil: 'domcontentloaded' });
        return page;
      };
      // Without the validators nothing can check the feed: each element says it could not load it, in its language.
      let page = await openLosing(/\/dz-validators-[\w-]+\.js$/);
      await page.waitForFunction(() => ['dz-target-gauge', 'dz-task-card'].every((tag) => document.querySelector(tag)!.shadowRoot?.querySelector('[part="error"]')), {
        timeout: 60_000,
      });
      const alerts = await page.evaluate(() => ['dz-target-gauge', 'dz-task-card'].map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()));
      for (const text of alerts) assert.match(text, /無法載入 target-gauge\/progress-history\.json:/, text);
      // The same words in both: the page announces them once (page-alerts.ts).
      assert.equal(await page.evaluate(() => ['dz-target-gauge', 'dz-task-card'].filter((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]')).length), 1);
      await page.close();
      // Without the chunk of the first load (@lit/task and the fetching), the same: said, in the page's words.
      page = await openLosing(/\/dz-fetch-json-[\w-]+\.js$/);
      await page.waitForFunction(() => ['dz-target-gauge', 'dz-task-card'].every((tag) => document.querySelector(tag)!.shadowRoot?.querySelector('[part="error"]')), {
        timeout: 60_000,
      });
      const lost = await page.evaluate(() => ['dz-target-gauge', 'dz-task-card'].map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()));
      for (const text of lost) assert.match(text, /dz-fetch-json-[\w-]+\.js/, text);
      await page.close();
      // Without the trend's templates, the readings still show, without their trend.
      page = await openLosing(/\/dz-trend-[\w-]+\.js$/);
      await page.waitForFunction(() => document.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), { timeout: 60_000 });
      assert.equal(await page.evaluate(() => document.querySelector('dz-target-gauge')!.shadowRoot!.querySelector('[part="error"]')), null);
      await page.close();
    });

    it("an element whose own code cannot be loaded says so in its place, naming the file, with a dz-error event; a later load that succeeds removes it (a CMS editor's review: a blank)", async () => {
      const page = await context().newPage();
      let losing = true;
      await page.setRequestInterception(true);
      page.on('request', (request) => void (losing && /\/dz-task-card-[\w-]+\.js$/.test(request.url()) ? request.abort('failed') : request.continue()));
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { dzErrors: unknown[] }).dzErrors = [];
        document.addEventListener('dz-error', (event) => (window as unknown as { dzErrors: unknown[] }).dzErrors.push([(event.target as Element).localName, (event as CustomEvent).detail]));
      });
      await page.goto(`${server.origin}${fixtures}/cdn-trend.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.querySelector('dz-task-card > [role="alert"]'), { timeout: 60_000 });
      const shown = await page.evaluate(() => {
        const card = document.querySelector('dz-task-card')!;
        return { text: card.textContent!.trim(), visible: card.querySelector('[role="alert"]')!.checkVisibility(), errors: (window as unknown as { dzErrors: [string, { code: string; message: string }][] }).dzErrors };
      });
      assert.match(shown.text, /^⚠ dz-task-card: 無法載入 · could not load \(.*dz-task-card-[\w-]+\.js/);
      assert.ok(shown.visible, 'the note is drawn');
      assert.deepEqual(shown.errors.map(([tag, detail]) => [tag, detail.code]), [['dz-task-card', 'code-fetch-failed']]);
      assert.equal(shown.errors[0]![1].message, shown.text.slice(2));
      // The gauge, whose code loaded, shows as ever.
      await page.waitForFunction(() => document.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), { timeout: 60_000 });
      // A second card while the file still fails: its note says the same, and the page announces it once (an
      // accessibility review: an alert per element, 157 on a page of gauges).
      await page.evaluate(() => {
        const card = document.createElement('dz-task-card');
        card.setAttribute('task', '26');
        card.id = 'second';
        document.querySelector('main')!.append(card);
      });
      await page.waitForFunction(() => document.querySelectorAll('dz-task-card > [slot="dz-load-error"]').length === 2, { timeout: 60_000 });
      assert.equal(await page.evaluate(() => document.querySelectorAll('[slot="dz-load-error"][role="alert"]').length), 1);
      await page.evaluate(() => document.getElementById('second')!.remove());
      // The folder mended, the next card added loads the code again. Chromium fetches it, and every card shows without
      // the note; Firefox keeps a module that failed for the page's life (until a reload), and the new card says so too.
      losing = false;
      await page.evaluate(() => {
        const card = document.createElement('dz-task-card');
        card.setAttribute('task', '26');
        document.querySelector('main')!.append(card);
      });
      if (engine.name === 'Firefox') {
        await page.waitForFunction(() => document.querySelectorAll('dz-task-card > [slot="dz-load-error"]').length === 2, { timeout: 60_000 });
        assert.equal(await page.evaluate(() => document.querySelectorAll('[slot="dz-load-error"][role="alert"]').length), 1);
      } else {
        await page.waitForFunction(() => [...document.querySelectorAll('dz-task-card')].every((card) => card.shadowRoot?.querySelector('[part="title"]')), { timeout: 60_000 });
        assert.equal(await page.evaluate(() => document.querySelectorAll('[slot="dz-load-error"]').length), 0);
      }
      await page.close();
    });

    it('a value with no meaning whose words cannot be loaded: an error naming the property and the chunk, never a loading state for good', async () => {
      const page = await context().newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void (/\/dz-input-report-[\w-]+\.js$/.test(request.url()) ? request.abort('failed') : request.continue()));
      await page.goto(`${server.origin}${fixtures}/cdn-gauge.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.querySelector('dz-target-gauge')!.shadowRoot?.querySelector('[role="meter"]'), { timeout: 60_000 });
      // A framework sets an object as the value: rejected, and the words that say why are in the chunk that fails.
      const shown = await page.evaluate(async () => {
        const gauge = document.querySelector('dz-target-gauge') as HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
        const events: string[] = [];
        gauge.addEventListener('dz-error', (e) => events.push((e as CustomEvent<{ code: string }>).detail.code));
        gauge.value = { amount: 2100 };
        await gauge.updateComplete;
        const root = gauge.shadowRoot!;
        return { alert: root.querySelector('[role="alert"]')?.textContent?.trim(), busy: !!root.querySelector('[part="loading"]'), events };
      });
      assert.equal(shown.busy, false, 'still loading once the chunk has failed');
      assert.match(shown.alert ?? '', /無法檢查 value:.*dz-input-report-[\w-]+\.js/, `the error shown: ${shown.alert}`);
      assert.deepEqual(shown.events, ['invalid-attribute']);
      await page.close();
    });

    inChromium('a plan from a URL (plan-src): a unit found by its name in mixed script', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-plan-src.html`);
      assert.deepEqual(errors, []);
      const text = await page.evaluate(() => document.querySelector('dz-unit-summary')!.shadowRoot!.textContent!);
      assert.ok(text.includes('市市場監管局') && text.includes('推動成果轉化'), text);
      await page.close();
    });

    it('the loader pasted as a classic script (no type="module") renders', async () => {
      const { page, errors } = await open(context(), server.origin, `${fixtures}/cdn-classic.html`);
      const text = await page.evaluate(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent ?? '');
      assert.match(text, /推動科技成果轉化/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('two copies at two URLs share one set of chunks: no CSP violation, no console error', async () => {
      const { page, errors, fetched } = await open(context(), server.origin, `${fixtures}/cdn-two-urls.html`);
      const text = await page.evaluate(() => document.querySelector('dz-task-card')!.shadowRoot!.textContent ?? '');
      assert.match(text, /推動科技成果轉化/);
      assert.deepEqual(errors, []);
      // Both loaders are fetched; whichever runs first (the classic one) loads every chunk, from its own folder only.
      const chunks = fetched.filter((path) => !path.endsWith('/dz-elements.js'));
      const folders = new Set(chunks.map((path) => path.slice(0, path.lastIndexOf('/'))));
      assert.equal(folders.size, 1, `chunks from one folder: ${chunks.join(', ')}`);
      assert.equal(new Set(chunks).size, chunks.length, 'each chunk fetched once');
      await page.close();
    });
  });
});
