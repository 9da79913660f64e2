/** Checks every aggregate's decide shares: who may command at all, and well-formed command data. */
import type { CommandContext, Role } from './actor';
import { AccessDenied, InvalidCommand } from './domain-errors';
import { isCalendarDate } from './calendar';

/** Auditors, readers and admins read; they never change the record. */
const ROLES_WITHOUT_COMMANDS: ReadonlySet<Role> = new Set<Role>(['auditor', 'reader', 'admin']);

/** Whether the role may send any command at all: the first check of every decide. */
export function roleMayCommand(role: Role): boolean {
  return !ROLES_WITHOUT_COMMANDS.has(role);
}

export function requireCommandingRole(context: CommandContext, commandType: string): void {
  const { role, userId } = context.actor;
  if (!roleMayCommand(role)) {
    throw new AccessDenied('ROLE_CANNOT_COMMAND', `the ${role} role issues no command (${commandType} refused)`, {
      role,
      userId,
      command: commandType,
    });
  }
}

export function requireSupervisor(context: CommandContext, commandType: string): void {
  requireCommandingRole(context, commandType);
  if (context.actor.role !== 'supervisor') {
    throw new AccessDenied('SUPERVISOR_ONLY', `only the supervision office may ${commandType}`, {
      role: context.actor.role,
      command: commandType,
    });
  }
}

export function requireCalendarDate(value: unknown, field: string): string {
  if (!isCalendarDate(value))
    throw new InvalidCommand('INVALID_DATE', `${field} must be a date written YYYY-MM-DD`, {
      field,
      value: value ?? null,
    });
  return value;
}

export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidCommand('TEXT_REQUIRED', `${field} must be a non-empty text`, { field });
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T))
    throw new InvalidCommand('VALUE_NOT_ALLOWED', `${field} must be one of ${allowed.join(', ')}`, {
      field,
      value: value ?? null,
      allowed: [...allowed],
    });
  return value as T;
}

/** Optional text in a command becomes null in the event: event data never holds `undefined`. */
/** Whether a command's field is a list. Array.isArray would make a typed readonly list `any[]`; this keeps its element type. */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

export function orNull<T>(value: T | undefined | null): T | null {
  return value === undefined ? null : value;
}
