/**
 * Who may call a route, in the words of the rules: a role, or a party to the task (its lead unit,
 * a co-operating unit, its leader in charge). A route names its parties once (in @ApiRoute); the
 * roles guard takes their roles, the document shows them (`x-allowed-parties` and the 403 text), and
 * the security suites hold both to the route-access table. Which task a unit or leader is party to
 * is decided in the domain (task.access.ts), which receives the actor with every command.
 */
import { ROLES, type Role } from '@app/supervision';

interface PartyRule {
  readonly role: Role;
  /** How the 403 text names them. */
  readonly words: string;
}

export const PARTIES = {
  supervisor: { role: 'supervisor', words: 'the supervision office (supervisor)' },
  leadUnit: { role: 'unit', words: 'the task’s lead unit' },
  coUnit: { role: 'unit', words: 'a co-operating unit of the task' },
  taskLeader: { role: 'leader', words: 'the leader in charge of the task' },
  /** Any unit member; for a task read in full, only a unit that leads or co-operates on it (TaskReadScopeGuard). */
  anyUnit: { role: 'unit', words: 'any unit member' },
  anyLeader: { role: 'leader', words: 'any leader' },
  auditor: { role: 'auditor', words: 'an auditor' },
  reader: { role: 'reader', words: 'a reader' },
  admin: { role: 'admin', words: 'an admin' },
} as const satisfies Record<string, PartyRule>;

export type Party = keyof typeof PARTIES;

/** Every role, each without a condition: such a route answers no 403. */
export const ANY_ROLE: readonly Party[] = ['supervisor', 'anyUnit', 'anyLeader', 'auditor', 'reader', 'admin'];

/** The roles the guard lets through to the route: the domain then decides whose task it is. */
export function rolesOf(parties: readonly Party[]): Role[] {
  return ROLES.filter((role) => parties.some((party) => PARTIES[party].role === role));
}

export function mayBeRefused(parties: readonly Party[]): boolean {
  return !ANY_ROLE.every((party) => parties.includes(party));
}

export function describeParties(parties: readonly Party[]): string {
  const words = parties.map((party) => PARTIES[party].words);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
