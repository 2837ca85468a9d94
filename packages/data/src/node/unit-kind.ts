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
