/**
 * Who a notification is addressed to. Units and leaders are addressed by their ids (a unit member
 * reads what is addressed to their unit, a leader what is addressed to them), the supervision office
 * by its role: the ledger has no user directory, a user is whatever their token says.
 */
import type { Actor } from '@app/supervision';

/** `unit:<unitId>`, `leader:<officialId>` or `supervisor`. */
export type Recipient = `unit:${string}` | `leader:${string}` | 'supervisor';

export const SUPERVISION_OFFICE: Recipient = 'supervisor';

export function unitRecipient(unitId: string): Recipient {
  return `unit:${unitId}`;
}

export function leaderRecipient(officialId: string): Recipient {
  return `leader:${officialId}`;
}

/** The addresses whose in-app notifications this user reads. */
export function recipientsOfActor(actor: Actor): Recipient[] {
  if (actor.role === 'unit' && actor.unitId) return [unitRecipient(actor.unitId)];
  if (actor.role === 'leader') return [leaderRecipient(actor.userId)];
  if (actor.role === 'supervisor') return [SUPERVISION_OFFICE];
  return [];
}

/** `unit`, `leader` or `supervisor`: the role part of an address, for routes that apply to every unit or every leader. */
export function roleOfRecipient(recipient: Recipient): 'unit' | 'leader' | 'supervisor' {
  return recipient === SUPERVISION_OFFICE
    ? 'supervisor'
    : (recipient.slice(0, recipient.indexOf(':')) as 'unit' | 'leader');
}
