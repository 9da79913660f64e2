/** A bearer token that cannot be accepted; the message says why (never the token or a key). */
export class InvalidToken extends Error {}
