/** How bearer tokens are verified, in a file of its own: the verifier and the key chooser both read it. */
export interface TokenSettings {
  readonly secret?: string;
  readonly publicKey?: string;
  /** The identity provider's JSON Web Key Set URL (jwks-rsa fetches and caches its keys). */
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export const TOKEN_SETTINGS = Symbol('TOKEN_SETTINGS');
