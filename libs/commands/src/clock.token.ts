/**
 * The Nest injection token of the domain's Clock port: the domain stays framework-free, so the token
 * lives with the command path, its first user; each app binds it to a clock when it boots.
 */
export const CLOCK = Symbol('CLOCK');
