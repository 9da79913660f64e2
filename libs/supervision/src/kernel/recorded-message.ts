/** An event as the log gives it back (type name, data, metadata), not yet checked: what an aggregate's decoder takes. */
export interface RecordedMessage {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: Readonly<Record<string, unknown>>;
}
