/**
 * Shapes of the hand-curated facts that the generator (`../build-plan.ts`) lays over the parsed seed.
 * Everything here is reviewed by a person; everything derived (ids of targets, offsets, Simplified
 * forms) is computed by the generator and checked by tests — never typed by hand.
 */
import type { Comparator, Firmness, Measure, UnitKind } from '../../src/schema.js';

/** Text in the source language and English; the Simplified form is converted by opencc-js at build time. */
export interface CuratedText {
  readonly 'zh-Hant': string;
  readonly en: string;
}

/** One quantitative target, as a reader of the seed would state it. */
export interface CuratedTarget {
  /** Number of the task (1–69) whose text holds the quote. */
  readonly task: number;
  /** Verbatim substring of that task's text: the shortest clause holding the metric, the value and the unit. */
  readonly quote: string;
  /** 1-based occurrence of `quote` inside the task text when it appears more than once (default 1). */
  readonly occurrence?: number;
  /** What is measured, without the number (e.g. 新開通5G基站 → 新開通5G基站數量 / New 5G base stations opened). */
  readonly metric: CuratedText;
  /** The numeral exactly as written in the quote: '3000', '3.3', '2—3', '1/3'. */
  readonly valueText: string;
  /** The number; for a range, its lower end. */
  readonly value: number;
  /** Upper end of a range such as 2—3個. */
  readonly upperValue?: number;
  /** The unit exactly as written after the numeral: '個', '億元', '%', '萬畝', '萬千瓦'. */
  readonly unit: string;
  readonly comparator: Comparator;
  /** For decreaseBy / increaseBy measured against a year, e.g. 較2020年 → 2020. */
  readonly baselineYear?: number;
  /** What kind of quantity it is (flow, level, rate, growth, change, ceiling, designation); the rule is in README.md. */
  readonly measure: Measure;
  /** For `approx`: the half-width of the band that counts as reached, as a share of the value (0.05 = ±5%). */
  readonly tolerance?: number;
  /** For a `decreaseBy`/`increaseBy` whose text bounds it below (增幅達到10%以上): written "at least". */
  readonly floor?: true;
  /**
   * For a `rate` or a `level` the plan holds all year (穩定在, 保持, 不低於): a rate below it at any date is behind; a
   * level reached before the deadline is on track, not met, as it may fall back.
   */
  readonly held?: true;
  /**
   * A reading of 0 is refused (`zeroReading`), a report not made: for a `ceiling` on a total a city always uses (總量,
   * 消費量, 排放量), and for a `level` or `rate` that is a stock or share the city already holds (裝機, 資產總額, 優良水體比例).
   * The rule, and what does not count, is in README.md.
   */
  readonly neverZero?: true;
  /** For a `level`, its amount at the start of the period when the text states it. */
  readonly baseline?: number;
  /** For a share written as a fraction (1/3): its parts; `value` is then the share in percent (33.33…). */
  readonly fraction?: { readonly numerator: number; readonly denominator: number };
  /** For a threshold each member of a set must reach: the set as the text names it (縣(市、區)) and in English, singular. */
  readonly each?: CuratedText;
  /** English noun for the unit in this target, when the generic one (measures.ts) reads badly: `counties`, `rivers`. */
  readonly unitEn?: string;
  /** Quote of another target (in `task`) that counts the same things; the generator turns it into an id. */
  readonly sameAs?: { readonly task: number; readonly quote: string };
  /** Quote of the target (in `task`) whose count includes this one. */
  readonly partOf?: { readonly task: number; readonly quote: string };
  readonly firmness: Firmness;
  /** ISO date the target falls due; omitted means the end of 2023. */
  readonly deadline?: string;
}

/** A numeral in a task's text that is deliberately *not* a target, with the reason. */
export interface CuratedNonTarget {
  readonly task: number;
  /** Verbatim snippet of the task text that holds the numeral(s). */
  readonly text: string;
  readonly occurrence?: number;
  readonly reason: 'ordinal' | 'planName' | 'voltage' | 'serviceRadius' | 'enumerationCount' | 'baseline' | 'context' | 'threshold' | 'timeSpan';
  /** Why, in a few words, when the reason alone does not make it obvious. */
  readonly note?: string;
}

/** One responsible unit as named in the seed. */
export interface CuratedUnit {
  /** The name exactly as written in the units parenthesis (zh-Hant). */
  readonly name: string;
  /** Stable ASCII kebab-case id, chosen by meaning, never by position. */
  readonly id: string;
  /** Official-style English name. */
  readonly en: string;
  readonly kind: UnitKind;
  /** Other Traditional names people use (full names, common abbreviations such as 市發改委); Simplified forms are added by the generator. */
  readonly aliases: readonly string[];
}
