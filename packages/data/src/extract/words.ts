/**
 * The words the extractor reads, in Simplified (the text is folded first). Each list is what the curation rules of
 * `scripts/curated/README.md` name, plus the near synonyms a plan of another city uses for the same thing.
 */
import type { Comparator, Firmness } from '../schema.js';
import { WordList } from './word-list.js';

/**
 * Firmness words. 争创 governs only its own clause; the others reach to the end of the sentence from its start or a
 * clause's, and only to their clause's end after its subject (城镇新增就业力争达到12万人: clause-state.ts).
 */
export const firmnessWords = new WordList<{ readonly firmness: Firmness; readonly clauseOnly: boolean }>({
  确保: { firmness: 'ensure', clauseOnly: false },
  保证: { firmness: 'ensure', clauseOnly: false },
  力争: { firmness: 'strive', clauseOnly: false },
  争取: { firmness: 'strive', clauseOnly: false },
  争创: { firmness: 'strive', clauseOnly: true },
});

/**
 * Words that name the conferral of a title on assessment (measure `designation`): 争创 governs its clause, as its
 * firmness does; 争取创建 its sentence. (列入…名单 is read around the numeral, by {@link listedPattern}.)
 */
export const conferralWords = new WordList<{ readonly clauseOnly: boolean }>({
  争创: { clauseOnly: true },
  争取创建: { clauseOnly: false },
});

/** 列入省级示范园区名单: a listing by an awarding body, in the clause of the numeral. */
export const listedPattern = /列入[^,。;]*名单/;

/** A title of a named level (省级以上…单项冠军): a designation, whatever the verb. */
export const namedLevelPattern = /国家级|省级|市级以上/;

/** Work on designations already held (…试点县建设, 示范项目并网, 实施…重点项目): a flow. */
export const workOnHeldPattern = /建设|实施|并网|改造/;

/** Words that add what the clause counts as its own work (新增孵化器3家): a flow, though a conferral governs. */
export const additionPattern = /新增|新建|新认定|新培育|新引进|新集聚|新开/;

/** A level of title (国家级, 省级, 市级): a later item of 争取创建's list names one (省级绿色工厂5家). */
export const titleLevelPattern = /级/;

/**
 * The verbs that take a value to a level with 到 or 至 (提高到, 降至) and what each sets: bound words in both forms, and
 * the step from one value to the next (由45000元提高到48000元, {@link FROM_TO}).
 */
const TO_VERBS: Readonly<Record<string, Comparator>> = {
  提高: 'atLeast',
  提升: 'atLeast',
  增加: 'atLeast',
  增长: 'atLeast',
  增: 'atLeast',
  上升: 'atLeast',
  升: 'atLeast',
  扩大: 'atLeast',
  下降: 'atMost',
  降低: 'atMost',
  降: 'atMost',
  减少: 'atMost',
  压减: 'atMost',
  压缩: 'atMost',
  缩短: 'atMost',
  // 减到0.5吨标准煤, 差距缩小到2.2倍: a ceiling (削减至 too, not read as a cut of 削减).
  减: 'atMost',
  削减: 'atMost',
  缩小: 'atMost',
  // 审批时限缩减至3个工作日: 减 of a longer verb is no verb of its own (not 审批时限缩 at most 3).
  缩减: 'atMost',
  精减: 'atMost',
  核减: 'atMost',
  裁减: 'atMost',
};

/** The floor and ceiling words and what each sets; 稳定在 and 保持在 set nothing by themselves (`exact`). */
const BOUND_WORDS: Readonly<Record<string, Comparator>> = {
  不少于: 'atLeast',
  不低于: 'atLeast',
  不小于: 'atLeast',
  突破: 'atLeast',
  达到: 'atLeast',
  超过: 'atLeast',
  至少: 'atLeast',
  高于: 'atLeast',
  // 全市旅游收入恢复到2019年的120%: recovering to a level is reaching it, as 达到 is; more is no miss.
  恢复到: 'atLeast',
  恢复至: 'atLeast',
  多于: 'atLeast',
  ...Object.fromEntries(Object.entries(TO_VERBS).flatMap(([verb, comparator]) => [[`${verb}到`, comparator], [`${verb}至`, comparator]])),
  控制在: 'atMost',
  不超过: 'atMost',
  不高于: 'atMost',
  不大于: 'atMost',
  低于: 'atMost',
  少于: 'atMost',
  小于: 'atMost',
  稳定在: 'exact',
  保持在: 'exact',
};

/**
 * The words that take a value from 由 to the next (由45000元提高到48000元, 由40微克降至35微克, 由2.5倍缩小到2.2倍): the
 * verbs of {@link TO_VERBS}.
 */
export const FROM_TO = new RegExp(`^ ?(?:${Object.keys(TO_VERBS).join('|')})[到至] ?`);

/** Words anywhere before the numeral in its clause that set a floor or a ceiling (分别达到50%和60%: both). */
export const boundWords = new WordList<Comparator>(BOUND_WORDS);

/**
 * The bound words of a floor or level reached (达到900家, 增至1500家: a stock), as opposed to 不少于 (a floor on a flow);
 * the other `to` words (提高到, 扩大到, 降低到) leave the measure to the metric's words.
 */
export const REACHED_WORDS: ReadonlySet<string> = new Set(['达到', '突破', '稳定在', '保持在', '增到', '增至']);

/**
 * The one character right before a value that reaches a level as 达到 does (总数达150家, 2025年达500个): one of the
 * {@link adjacentComparators}, read with {@link REACHED_WORDS}.
 */
export const REACHED_ADJACENT = '达';

/**
 * The `to` words that bring a quantity down to a limit (降至, 减到, 缩小到: the ceilings of {@link TO_VERBS}): what
 * stands under it at the deadline, a level (城乡居民收入差距缩小到1.5万元), unless the metric is a total
 * the period uses up ({@link PERIOD_TOTAL}).
 */
export const BROUGHT_DOWN_WORDS: ReadonlySet<string> = new Set(
  Object.entries(TO_VERBS).flatMap(([verb, comparator]) => (comparator === 'atMost' ? [`${verb}到`, `${verb}至`] : [])),
);

/** A total a period uses up (用水总量, 能源消费量, 排放量, 新增建设用地, 重污染天数): brought down to a limit, still a ceiling. */
export const PERIOD_TOTAL = /总量|消费量|排放量|用水量|用量|用地|天数/;

/** One character right before the numeral that sets the comparator (超200亿元, 达50%, 约3000个, 近百个). */
export const adjacentComparators: Readonly<Record<string, Comparator>> = { 超: 'atLeast', 达: 'atLeast', 逾: 'atLeast', 约: 'approx', 近: 'approx' };

/**
 * Words of a change: 增长10%, 下降12%. `to` forms (下降到) are {@link boundWords}, not changes; words that only look
 * like one (增加值, value added) are listed as `null`.
 */
export const changeWords = new WordList<'increaseBy' | 'decreaseBy' | null>({
  增加值: null,
  改造提升: null,
  提升改造: null,
  增长: 'increaseBy',
  增幅: 'increaseBy',
  增速: 'increaseBy',
  涨幅: 'increaseBy',
  提高: 'increaseBy',
  提升: 'increaseBy',
  增加: 'increaseBy',
  上升: 'increaseBy',
  下降: 'decreaseBy',
  降低: 'decreaseBy',
  // A growth that falls back (\u56de落: 增速\u56de落0.5个百分点) and 下滑: falls, as the progress sheets read them
  // (change-direction.ts's FALL_WORDS). Escaped: written out in src/extract/, its first character would add a Traditional
  // variant to the folding table, and so to every page.
  '\u56de落': 'decreaseBy',
  下滑: 'decreaseBy',
  降幅: 'decreaseBy',
  压减: 'decreaseBy',
  减少: 'decreaseBy',
  削减: 'decreaseBy',
  // 二氧化碳减排10%: emissions down 10%; 减排量 (the amount cut) is what is measured, no change.
  减排: 'decreaseBy',
  减排量: null,
  // 完成节能减排10万吨标准煤: 节能减排 (energy saving and emission cuts) is a noun, no fall.
  节能减排: null,
});

/** Words right after the unit. 以下 before a noun is a threshold (30万千瓦以下燃煤机组), not a ceiling. */
export const suffixWords = new WordList<Comparator>({
  以上: 'atLeast',
  及以上: 'atLeast',
  以内: 'atMost',
  之内: 'atMost',
  以下: 'atMost',
  及以下: 'atMost',
  左右: 'approx',
  上下: 'approx',
});

/**
 * A word of {@link suffixWords} in brackets right after a unit, or after 含 (inclusive) in brackets: 3个(以上),
 * 3个(含)以上 are 3个以上. `word` is all of it as written, brackets and 含 with it.
 */
export function bracketedSuffix(folded: string, at: number): { readonly word: string; readonly value: Comparator } | undefined {
  if (folded[at] !== '(') return undefined;
  const inclusive = folded.startsWith('(含)', at);
  const hit = suffixWords.match(folded, at + (inclusive ? 3 : 1));
  if (!hit || (!inclusive && folded[at + 1 + hit.word.length] !== ')')) return undefined;
  return { word: folded.slice(at, at + (inclusive ? 3 : 2) + hit.word.length), value: hit.value };
}

/**
 * What a plan holds down, so that its 左右 is a ceiling (城镇调查失业率5.5%左右, 居民消费价格涨幅3%左右: 5.2% and 0.2% are
 * done, 6% is not), read in the clause before the numeral.
 */
export const heldDownPattern = /失业率|价格涨幅|物价涨幅|CPI/;

/**
 * A seasonal figure, never held whatever words keep it (稳定在, 保持): a sown or planted area (种植面积, 播种面积) is sown
 * in its season and an area of 吨半粮 known after the harvest, so within the year each is honestly 0 before then, not
 * behind. The rule of `held` in `scripts/curated/README.md`, which names them; read in the target's metric.
 */
export const seasonalPattern = /种植面积|播种面积|吨半粮/;

/**
 * A pollutant of the air or of water, whose concentration (in {@link concentrationPattern}) a plan brings down:
 * PM2.5平均浓度达到35微克/立方米 is down to 35, 氨氮浓度达到1毫克/升 down to 1, 恢复到 and 左右 too. Read in the sentence
 * before the numeral. Not 溶解氧, which a plan raises. The indices of water quality too: 化学需氧量 and 五日生化需氧量 (COD,
 * BOD; not what flows into a sewage plant: {@link notPollutantPattern}), the permanganate index (高, one character, the
 * acid \u9178, one character and 指数, in either script: the characters of manganese and of salt, and of the acid
 * itself, written out here would each add a character to the folding table, and the table to every page; not
 * 高铁通达指数 or 高新技术指数) and chlorophyll a (绿素). Nitrate too (硝, the acid and the salt: \u76d0, or \u9e7d as
 * Traditional writes it, which the table does not fold, both escaped for the same reason: drinking water's nitrate
 * reaching 10mg/L is at most 10). The heavy metals too, in water or soil (arsenic's 浓度达到0.05毫克/升, cadmium's 含量 in soil
 * 达到0.3毫克/千克, hexavalent chromium, 重金属), escaped for the same reason: arsenic \u7837, mercury \u6c5e, lead \u94c5 (Traditional \u925b), cadmium
 * \u9549 (\u9398), chromium \u94ec (\u927b); their emissions' fall stays a change, their removal rate a rate (% is no
 * concentration).
 */
export const pollutantPattern =
  /PM(?:2\.5|₂\.₅|10|₁₀)|颗粒物|臭氧|二氧化[硫氮]|一氧化碳|氮氧化物|[NS]O[2₂]|O[3₃]|氨氮|需氧量|COD|BOD|总[磷氮]|高.\u9178.指数|硝\u9178[\u76d0\u9e7d]|绿素|重金属|[\u7837\u6c5e\u94c5\u925b\u9549\u9398\u94ec\u927b]/i;

/**
 * What a pollutant's ceiling is not: the size of an improvement (PM2.5浓度改善幅度达到3微克), and what a plan raises
 * (溶解氧, 负氧离子; and what flows into a sewage plant, 进水 with no 出水 after it: 进水生化需氧量浓度达到100毫克/升 is
 * at least 100, its sewage collected undiluted), whatever pollutant the sentence named before (PM2.5降至35微克,
 * 重点湖库溶解氧达到6毫克/升). Nor a soil's fertility, which a plan raises: 有效磷, 速效磷, 速效 or 有效 potassium
 * (\u94be, Traditional \u9240), alkali (\u78b1, Traditional \u9e7c) 解氮, 有机质 (耕地土壤有效磷含量达到20毫克/千克 is at least 20),
 * escaped as the metals are, for the same reason.
 */
export const notPollutantPattern = /改善|幅度|降幅|溶解氧|负氧离子|进水(?!.*出水)|有效磷|速效磷|(?:速效|有效)[\u94be\u9240]|[\u78b1\u9e7c]解氮|有机质/;

/**
 * A unit of concentration in the air, in water or in soil: mass per cubic metre (35微克/立方米), per litre (1毫克/升,
 * 50mg/L) or per kilogram (0.3毫克/千克).
 */
export const concentrationPattern = /^(?:[微毫]克\/(?:立方米|升|千克)|mg\/(?:L|kg))$/i;

/**
 * A unit of concentration in soil ({@link concentrationPattern}: 毫克/千克, mg/kg): the pollutant is named in its
 * clause, the metric's own words (cadmium's 含量达到0.3毫克/千克 in soil), not elsewhere in the sentence (加强土壤重金属污染防治,
 * 耕地土壤有效磷含量达到20毫克/千克: a nutrient, a floor).
 */
export const soilConcentrationPattern = /^(?:毫克\/千克|mg\/kg)$/i;

/** A comparison with a base year: 较2020年, 比2020年, 与2020年相比. */
export const baselineWords = new WordList<true>({ 较: true, 比: true, 与: true, 同: true });

/**
 * A share named by what it is of alone, leading its metric (占地区生产总值比重, 占比): the share of what its sentence named
 * before it (数字经济核心产业增加值达到500亿元,占地区生产总值比重提高1个百分点). Not land taken up (占地面积, 占用).
 */
export const shareOfPattern = /^占(?!地面积|用)/;

/** A share, rate or ratio (利用率, 比例, 占比): measure `rate`. */
export const rateWords = new WordList<true>({ 率: true, 比例: true, 占比: true, 比重: true, 份额: true });

/**
 * A stock or level standing at a moment (拥有量, 人均, 装机, 总额, 余额): measure `level`. 规模以上 (above designated
 * size) and 规模化 (at scale) qualify, they are not a scale reached.
 *
 * A total is a level where it is a stock: what a statistics bureau publishes as a balance on a date (资产总额, 总资产,
 * 净资产, 负债总额, 债务总额; 存款总额, 贷款总额, 存款余额; 保有量, 市场主体总量): 总额 is one unless it totals the year's
 * activity. Such a total is what it publishes as the year's so far (累计1—N月: 进出口总额, 社会消费品零售总额, 零售额,
 * 旅游收入, 营业收入, 交易额, 产值, 增加值, 发电量, 客运量, freight, visits in 人次: 接待游客): a flow, however reached
 * (达到, 突破), named by {@link flowWords}, by `classify.ts`'s `ACTIVITY_TOTAL` (进出口总额, 零售总额: read before this
 * list) or by its unit (亿元 and 人次 accumulate unless a word here says a stock; a daily average, 日均, never does).
 */
export const levelWords = new WordList<boolean>({
  规模以上: false,
  规模化: false,
  拥有量: true,
  拥有: true,
  保有量: true,
  每万人: true,
  万人拥有: true,
  人均: true,
  户均: true,
  存量: true,
  总额: true,
  总资产: true,
  净资产: true,
  余额: true,
  装机: true,
  规模: true,
  总数: true,
  在运: true,
  在建: true,
  浓度: true,
  密度: true,
  里程: true,
  指数: true,
});

/**
 * Nouns of what is measured of a thing (消费量, 排放量, 环境质量), which an item of one character before a longer item
 * ending in one shares (电和天然气消费量: 电消费量; 水和大气环境质量: 水环境质量).
 */
export const measureNouns = new WordList<true>({ 消费量: true, 使用量: true, 用量: true, 产量: true, 排放量: true, 质量: true, 环境质量: true });

/**
 * An amount per person or household, over a period or not (低保标准提高到每人每月900元, 每人每年8000元, 每户): a standard
 * each is paid or holds, a level, not a total the year builds up. Written before the value, it is no part of the
 * metric's name (城乡低保标准): the quote keeps it.
 */
export const PER_HEAD = /每[人户](?:每[年月天日])?/;

/** A standard (低保标准, 最低工资标准, 补助标准): a level set, not a total the year builds up. */
export const STANDARD = /标准$/;

/** An area or scale, a level when reached (达到, 以上, 左右) rather than added (新增…面积 is a flow). */
export const reachedLevelWords = new WordList<true>({ 面积: true, 数量: true });

/**
 * Verbs and nouns of a quantity that accumulates from zero within the year (新增, 引进, 实施; 成交额, 投资, 产量):
 * measure `flow`.
 */
export const flowWords = new WordList<true>({
  新增: true,
  新建: true,
  新开: true,
  // 新开工重点项目: the verb whole, or 新开 goes and leaves 工 in the noun (工重点项目); so the other verbs of 新开 a plan
  // writes (新开通公交线路, not 通公交线路). 新开\u8f9f (Traditional \u95e2) escaped: written out, the character would add
  // itself to the folding table, and the table to every page.
  新开工: true,
  新开通: true,
  新开设: true,
  '新开\u8f9f': true,
  '新开\u95e2': true,
  新开行: true,
  新开放: true,
  新开发: true,
  新开业: true,
  新开展: true,
  新改: true,
  新集聚: true,
  新培育: true,
  新筹集: true,
  新认定: true,
  新招引: true,
  新引进: true,
  引进: true,
  实施: true,
  完成: true,
  培育: true,
  培植: true,
  建设: true,
  建成: true,
  开展: true,
  举办: true,
  组织: true,
  放映: true,
  开发: true,
  改造: true,
  改建: true,
  扩建: true,
  改扩建: true,
  打造: true,
  创建: true,
  招引: true,
  封停: true,
  关停: true,
  治理: true,
  支持: true,
  扶持: true,
  开工: true,
  并网: true,
  压采: true,
  扩面: true,
  争创: true,
  认定: true,
  落地: true,
  推进: true,
  集聚: true,
  淘汰: true,
  整治: true,
  修复: true,
  造林: true,
  培训: true,
  帮扶: true,
  救助: true,
  延伸: true,
  成交额: true,
  零售额: true,
  销售额: true,
  营业额: true,
  交易额: true,
  收入: true,
  营收: true,
  投资: true,
  产量: true,
  用量: true,
  利用量: true,
  资金: true,
  让利: true,
  产值: true,
  出口: true,
  进口: true,
  总量: true,
  税收: true,
  发电量: true,
  消费: true,
  增加值: true,
});

/**
 * The nouns among {@link flowWords}: what a flow counts (全市外贸进出口, 居民人均可支配收入, 粮食产量, 固定资产投资), the
 * end of a metric's name, not a verb it may be read without.
 */
export const FLOW_NOUNS: ReadonlySet<string> = new Set([
  ...['成交额', '零售额', '销售额', '营业额', '交易额', '收入', '营收', '投资', '产量', '用量', '利用量', '资金'],
  ...['产值', '出口', '进口', '总量', '税收', '发电量', '消费', '增加值'],
]);

/** Words at the start of a clause that are not part of what is measured (力争, 积极, 全年, 其中). */
export const leadingWords = new WordList<true>({
  确保: true,
  保证: true,
  力争: true,
  争取: true,
  争创: true,
  积极: true,
  全力: true,
  努力: true,
  加快: true,
  大力: true,
  其中: true,
  同时: true,
  // 强化科技和人才支撑,分别新增高新技术企业50家: 分别 with no list of its own to pair.
  分别: true,
  并: true,
  年内: true,
  全年: true,
  今年: true,
  今年内: true,
  到年底: true,
  年底前: true,
  // 一是…二是…: the items of a task's own list.
  ...Object.fromEntries([...'一二三四五六七八九十'].map((n) => [`${n}是`, true])),
});

/**
 * Words that name the scope of a sentence, not what it measures (全市, 我市, 各县市区): before a firmness word, no
 * subject of its clause (全市力争…: 力争 reaches the sentence).
 */
export const scopeWords = new WordList<true>(
  Object.fromEntries(
    [
      ...['全市', '全省', '全区', '全县', '我市', '我省', '我区', '我县', '本市', '各地', '各区', '各县', '各市', '市县', '各市县'],
      ...['各县市区', '各县(市、区)', '各县市(区)', '各区县', '各区(县)', '全年'],
    ].map((word) => [word, true]),
  ),
);

/**
 * The whole year before the plan's, by its words (上年, 去年, 上年度): a share raised by points since it (比上年提高1个百分点)
 * is raised since its end, as with no base named; not a period of it (上年同期, 上半年), nor 同比.
 */
export const YEARS_BEFORE: readonly string[] = ['上年', '去年', '上年度'];

/** The periods before the plan's a change may be compared with, by their words (上年, 去年同期, 上年度, 上半年): no year. */
export const PERIODS_BEFORE: readonly string[] = [...YEARS_BEFORE, '上年同期', '去年同期', '上半年'];

/**
 * Words of a comparison with a period before (同比, 比上年, 比上年同期, 与上年相比, 和上年度相比): what changes, not what
 * is measured; in a clause, a base of its own.
 */
export const COMPARISON_WORDS: readonly string[] = [
  '同比',
  '环比',
  ...['比', '较'].flatMap((word) => PERIODS_BEFORE.map((period) => `${word}${period}`)),
  ...['与', '同', '和'].flatMap((word) => PERIODS_BEFORE.map((period) => `${word}${period}相比`)),
];

/**
 * Words that end the metric before the numeral: the comparator and its helpers (达到, 分别, 控制在), a comparison
 * (地区生产总值同比增长6%) and 保持 (处理率保持100%).
 */
export const trailingWords = new WordList<true>(
  Object.fromEntries(
    [
      ...Object.keys(BOUND_WORDS),
      ...COMPARISON_WORDS,
      // 地区生产总值年均增长6%: a year's growth of 地区生产总值 (年均 says each year's, the measure `growth`).
      '年均',
      // 地区生产总值是2020年的2倍: 是 says what the metric is, as 为 does; 全市旅游收入恢复到500亿元: 恢复到 as 达到.
      ...['保持', '分别', '分别达到', '力争', '确保', '争取', '达', '超', '约', '近', '至', '在', '为', '是', '共', '累计', '总计', '合计', '相当于', '恢复到', '恢复至'],
      // 旅游收入实现500亿元, 审批实现1个工作日办结: 实现 says the metric reaches its value, as 达到 does, and names nothing.
      '实现',
      // 增速保持于3%—5%, 增长维持3%—5%, 控制于: held words as 保持 and 控制在 are (r125 F3).
      ...['保持于', '稳定于', '控制于', '维持', '维持在'],
    ].map((w) => [w, true]),
  ),
);
