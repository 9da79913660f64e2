/** Every programme event as people read it: label and why fields, one entry per type (kernel/event-description.ts). */
import type { EventDescriptions } from '../kernel/event-description';
import type { ProgrammeEvent } from './programme.events';

export const PROGRAMME_EVENT_DESCRIPTIONS: EventDescriptions<ProgrammeEvent> = {
  ProgrammeLaunched: { label: '督办批次启动', why: [] },
  ProgrammeClosed: { label: '督办批次总结', why: ['summary'] },
};
