/**
 * Who gets what over which channel, configured per unit and role (NOTIFIER_ROUTES, a JSON object).
 * A key is an address (`unit:dept-9`, `leader:leader-juvenile`, `supervisor`), a role's wildcard
 * (`unit:*`, `leader:*`) or `*`; the most specific key that exists decides alone. Without any rule, every
 * party concerned gets every cause in the in-app inbox and nothing else: mail and webhooks only go where
 * an operator sent them.
 */
import { v5 as uuidv5 } from 'uuid';
import { NOTIFICATION_CAUSES, type NotificationCause } from './notification-causes';
import { roleOfRecipient, type Recipient } from './recipients';

export const CHANNELS = ['inbox', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface RouteRule {
  /** The causes this rule passes on (default: all). */
  readonly causes?: readonly NotificationCause[];
  /** In-app inbox (default true). */
  readonly inbox?: boolean;
  readonly email?: readonly string[];
  /** Bridges to 企业微信/钉钉/OA: each gets a signed POST (webhook-signature.ts). */
  readonly webhook?: readonly string[];
}

export type NotificationRoutes = Readonly<Record<string, RouteRule>>;

export interface Route {
  readonly channel: Channel;
  /** The recipient itself for the inbox, the mail address, the webhook URL. */
  readonly address: string;
}

export function ruleFor(recipient: Recipient, routes: NotificationRoutes): RouteRule {
  const role = roleOfRecipient(recipient);
  return routes[recipient] ?? (role === 'supervisor' ? undefined : routes[`${role}:*`]) ?? routes['*'] ?? {};
}

export function routesFor(recipient: Recipient, cause: NotificationCause, routes: NotificationRoutes): Route[] {
  const rule = ruleFor(recipient, routes);
  if (rule.causes && !rule.causes.includes(cause)) return [];
  return [
    ...(rule.inbox === false ? [] : [{ channel: 'inbox' as const, address: recipient }]),
    ...(rule.email ?? []).map((address) => ({ channel: 'email' as const, address })),
    ...(rule.webhook ?? []).map((address) => ({ channel: 'webhook' as const, address })),
  ];
}

// Fixed namespace: (cause, recipient, channel, address) always names the same delivery.
const DELIVERY_NAMESPACE = '5b0c8f6e-2d1a-4e7b-9c3f-71a2d4e8b960';

/** Deterministic: the same cause told to the same address over the same channel is one delivery, however often it is decided. */
export function deliveryId(causeId: string, recipient: Recipient, route: Route): string {
  return uuidv5(`${causeId}\n${recipient}\n${route.channel}\n${route.address}`, DELIVERY_NAMESPACE);
}

/** Reads and checks NOTIFIER_ROUTES; a mistake is named, never ignored. */
export function parseRoutes(text: string | undefined): NotificationRoutes {
  if (text === undefined || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`NOTIFIER_ROUTES is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!isObject(parsed)) throw new Error('NOTIFIER_ROUTES must be a JSON object of address → rule');
  for (const [key, rule] of Object.entries(parsed)) {
    if (!/^(\*|supervisor|unit:.+|leader:.+)$/.test(key))
      throw new Error(
        `NOTIFIER_ROUTES: ${key} is not an address (unit:<id>, leader:<id>, supervisor, unit:*, leader:*, *)`,
      );
    if (!isObject(rule)) throw new Error(`NOTIFIER_ROUTES.${key} must be an object`);
    const unknown = Object.keys(rule).find((field) => !['causes', 'inbox', 'email', 'webhook'].includes(field));
    if (unknown) throw new Error(`NOTIFIER_ROUTES.${key}: unknown field ${unknown}`);
    if (
      rule.causes !== undefined &&
      (!Array.isArray(rule.causes) ||
        rule.causes.some((cause) => !(NOTIFICATION_CAUSES as readonly unknown[]).includes(cause)))
    ) {
      throw new Error(`NOTIFIER_ROUTES.${key}.causes must list causes among ${NOTIFICATION_CAUSES.join(', ')}`);
    }
    if (rule.inbox !== undefined && typeof rule.inbox !== 'boolean')
      throw new Error(`NOTIFIER_ROUTES.${key}.inbox must be true or false`);
    for (const channel of ['email', 'webhook'] as const) {
      const list = rule[channel];
      if (list !== undefined && (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item === '')))
        throw new Error(`NOTIFIER_ROUTES.${key}.${channel} must be a list of addresses`);
    }
    for (const url of (rule.webhook as string[] | undefined) ?? []) {
      if (!/^https?:\/\//.test(url)) throw new Error(`NOTIFIER_ROUTES.${key}.webhook: ${url} is not an http(s) URL`);
    }
  }
  return parsed as NotificationRoutes;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
