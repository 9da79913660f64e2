/** Every directory event as people read it: label and why fields, one entry per type (kernel/event-description.ts). */
import type { EventDescriptions } from '../kernel/event-description';
import type { DirectoryEvent } from './directory.events';

export const DIRECTORY_EVENT_DESCRIPTIONS: EventDescriptions<DirectoryEvent> = {
  UnitRegistered: { label: '登记单位', why: [] },
  OfficialRegistered: { label: '登记人员', why: [] },
  OfficialAssignedToUnit: { label: '人员调整单位', why: [] },
};
