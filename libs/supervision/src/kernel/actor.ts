/** Who is acting: every command is decided for an actor, so access rules hold whatever the entry point. */
export const ROLES = ['supervisor', 'leader', 'unit', 'auditor', 'reader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly userId: string;
  readonly role: Role;
  /** The unit a `unit` member belongs to; absent for other roles. */
  readonly unitId?: string;
}

/** What `decide` gets besides the command and the state: the actor and the injected clock. */
export interface CommandContext {
  readonly actor: Actor;
  readonly now: Date;
}
