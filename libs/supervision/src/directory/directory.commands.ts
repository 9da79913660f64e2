/** What the supervision office does with the organisation directory. */
import type { Message } from '../kernel/decider';

export const UNIT_KINDS = ['department', 'procuratorate', 'institution'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** committee_member: a full-time member of the procuratorial committee (检委会专职委员). */
export const OFFICIAL_KINDS = ['leader', 'committee_member', 'staff'] as const;
export type OfficialKind = (typeof OFFICIAL_KINDS)[number];

export type RegisterUnit = Message<
  'RegisterUnit',
  { readonly unitId: string; readonly name: string; readonly kind: UnitKind }
>;

export type RegisterOfficial = Message<
  'RegisterOfficial',
  { readonly officialId: string; readonly title: string; readonly kind: OfficialKind; readonly unitId?: string }
>;

export type AssignOfficialToUnit = Message<
  'AssignOfficialToUnit',
  { readonly officialId: string; readonly unitId: string }
>;

export type DirectoryCommand = RegisterUnit | RegisterOfficial | AssignOfficialToUnit;
