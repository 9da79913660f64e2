/** What happened in the organisation directory; plain JSON data only. */
import type { Message } from '../kernel/decider';
import type { OfficialKind, UnitKind } from './directory.commands';

export type UnitRegistered = Message<'UnitRegistered', { readonly unitId: string; readonly name: string; readonly kind: UnitKind; readonly registeredAt: string }>;

export type OfficialRegistered = Message<
  'OfficialRegistered',
  { readonly officialId: string; readonly title: string; readonly kind: OfficialKind; readonly unitId: string | null; readonly registeredAt: string }
>;

export type OfficialAssignedToUnit = Message<
  'OfficialAssignedToUnit',
  { readonly officialId: string; readonly unitId: string; readonly previousUnitId: string | null; readonly assignedAt: string }
>;

export type DirectoryEvent = UnitRegistered | OfficialRegistered | OfficialAssignedToUnit;

export const DIRECTORY_EVENT_TYPES = ['UnitRegistered', 'OfficialRegistered', 'OfficialAssignedToUnit'] as const satisfies readonly DirectoryEvent['type'][];
