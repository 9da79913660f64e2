/**
 * What an event says to the people who read the log: its Chinese label, the sentence of a timeline
 * entry and the data fields that say why it happened. Each aggregate keeps one table of these keyed
 * by its event types (a `Record` over them), so a new event type does not compile until it is
 * described; the read side and the audit read the tables, they do not keep their own.
 */
import type { Message } from './decider';

/**
 * A piece of a sentence: text, or a reference to a unit or an official. References stay ids here (the
 * domain knows no names); whoever shows the sentence puts the names in (see the timeline's renderSentence).
 */
export type SentencePart = string | { readonly unit: string } | { readonly official: string };

export const unitRef = (id: string): SentencePart => ({ unit: id });
export const officialRef = (id: string): SentencePart => ({ official: id });

/** The fields of an event's data that hold text (string, or null when not given). */
export type TextFieldOf<Data> = {
  [K in keyof Data]-?: Data[K] extends string | null ? K : never;
}[keyof Data] &
  string;

export interface EventDescription<Data> {
  /** The Chinese label (签收, 催办 …). */
  readonly label: string;
  /**
   * The data fields that say why it happened: the free text its actor wrote (a reason, a comment,
   * findings, an instruction, a request and its answer). Titles, descriptions and the plan are what
   * was done, not why; ids and dates are neither.
   */
  readonly why: readonly TextFieldOf<Data>[];
}

export interface TimelineEventDescription<Data> extends EventDescription<Data> {
  /** One short Chinese sentence for a task's history, from the event's data only. */
  readonly sentence: (data: Data) => SentencePart[];
}

/** The data of one event type of an aggregate's event union. */
export type DataOfEvent<Event extends Message, T extends Event['type']> = Extract<Event, { type: T }>['data'];

/** An aggregate's table: one description per event type, typed by that event's data. */
export type EventDescriptions<Event extends Message> = {
  readonly [T in Event['type']]: EventDescription<DataOfEvent<Event, T>>;
};

/** The same, for an aggregate whose events make a timeline (the task). */
export type TimelineEventDescriptions<Event extends Message> = {
  readonly [T in Event['type']]: TimelineEventDescription<DataOfEvent<Event, T>>;
};

const MAX_QUOTE = 120;

/** Quotes free text in a sentence, cut by characters (code points), never inside a Chinese character or a surrogate pair. */
export function quote(text: string): string {
  const characters = Array.from(text);
  return characters.length <= MAX_QUOTE ? text : `${characters.slice(0, MAX_QUOTE).join('')}…`;
}
