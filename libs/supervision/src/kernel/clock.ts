/**
 * The one source of "now" outside the domain's functions: commands take their time from it (and
 * decide never reads one), so tests and replays control time. A port: the apps inject a real one.
 */
export interface Clock {
  now(): Date;
}
