/**
 * What kind of body a unit is, guessed from its name for a plan built from a document. The guess is a starting
 * point: `dz-plan lint` lists it for review and an overlay can correct it.
 */
import type { UnitKind } from '../schema.js';

/** Name patterns, tried in order; the first that matches decides. Both scripts. */
const rules: readonly (readonly [RegExp, UnitKind])[] = [
  [/各?成員單位|各?成员单位|專班|专班|領導小組|领导小组/u, 'coordinatingGroup'],
  [/^市委|^[^市]*市委(?!員)|黨委|党委|紀委|纪委|組織部|组织部|宣傳部|宣传部|統戰部|统战部|政法委/u, 'partyOffice'],
  [/管委會|管委会|新區|新区|開發區|开发区|高新區|高新区/u, 'districtAdministration'],
  [/公司|集團|集团/u, 'stateOwnedEnterprise'],
  [/海關|海关|人民銀行|人民银行|支行|稅務局|税务局|金融監管|金融监管|氣象局|气象局|通信管理|國家|国家|省/u, 'centralOrProvincialBranch'],
];

/** The kind a unit's name suggests; a government department unless a pattern says otherwise. */
export function guessUnitKind(name: string): UnitKind {
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? 'governmentDepartment';
}

/**
 * The last words of a unit's name, both scripts: 局, 委, 辦, 廳, 府 (政府), 院 (法院, 檢察院), 部, 會 (not 社會), 中心,
 * 公司, 集團, 部門, 單位, 隊, 站, 所, 處, 署, 室, 組 (領導小組), 專班, 銀行 and a bank's 分行 or 支行, 海關, 聯 (工商聯,
 * 婦聯; not 互聯, 關聯, 串聯), 協 (科協, 政協), 社 (供銷社), 台 or 臺 of a station (氣象台, 電視臺, 電台, 地震台; not 平台
 * or 平臺, a platform), 機構 (各金融機構, a group of bodies), and the governments of places named by the place (各縣市區,
 * 各鄉鎮, 各街道).
 */
const ORGANISATION_END =
  /(?:局|委|[辦办]|[廳厅]|府|院|部|(?<![社])[會会]|中心|公司|集[團团]|[門门]|[單单]位|[隊队]|站|所|[處处]|署|室|[組组]|[專专]班|[銀银分支]行|[關关]|(?<![互關关串并並])[聯联]|[協协]|社|(?:[氣气]象|[電电][視视]?|地震)[台臺]|[機机][構构]|[區区]|[縣县]|[鄉乡]|[鎮镇]|街道)$/u;
/** Words of a sentence, not of a name: 由 (not of 自由), 實行. */
const SENTENCE_WORDS = /(?<!自)由|[實实]行/u;

/**
 * Whether `name` reads as a unit's name: it ends in a word for an organisation (brackets inside it, 縣(市、區), left
 * out) and holds no word of a sentence (`重點工作實行市級領導`, `各項工作由市發改委` are not units).
 */
export function isUnitName(name: string): boolean {
  const bare = name.replace(/\([^)]*\)|（[^）]*）/gu, '').replace(/等$/u, '').trim();
  return bare.length >= 2 && ORGANISATION_END.test(bare) && !SENTENCE_WORDS.test(bare);
}
