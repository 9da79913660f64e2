/** What happened in the organisation directory; plain JSON data only. */
import type { Message } from '../kernel/decider';
import type { OfficialKind, UnitKind } from './directory.commands';

export type UnitRegistered = Message<
  'UnitRegistered',
  { readonly unitId: string; readonly name: string; readonly kind: UnitKind; readonly registeredAt: string }
>;

export type OfficialRegistered = Message<
  'OfficialRegistered',
  {
    readonly officialId: string;
    readonly title: string;
    readonly kind: OfficialKind;
    readonly unitId: string | null;
    readonly registeredAt: string;
  }
>;

export type OfficialAssignedToUnit = Message<
  'OfficialAssignedToUnit',
  {
    readonly officialId: string;
    readonly unitId: string;
    readonly previousUnitId: string | null;
    readonly assignedAt: string;
  }
>;

export type DirectoryEvent = UnitRegistered | OfficialRegistered | OfficialAssignedToUnit;

/** Every directory event type, as a record: the compiler fails when a new type is missing here (the decoder lets in only these). */
export const DIRECTORY_EVENT_TYPE_SET: Readonly<Record<DirectoryEvent['type'], true>> = {
  UnitRegistered: true,
  OfficialRegistered: true,
  OfficialAssignedToUnit: true,
};

export const DIRECTORY_EVENT_TYPES = Object.keys(DIRECTORY_EVENT_TYPE_SET) as readonly DirectoryEvent['type'][];
