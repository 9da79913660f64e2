/** The part of sm-crypto (SM2 signatures, GB/T 32918 with the default user id of GM/T 0009) the ledger uses; it ships no types. */
declare module 'sm-crypto' {
  interface SignatureOptions {
    /** DER-encoded (r, s), as X.509 tools write SM2 signatures. */
    readonly der?: boolean;
    /** Hash with SM3 over Z_A and the message, as the standard signs. */
    readonly hash?: boolean;
    readonly publicKey?: string;
    readonly userId?: string;
  }
  export const sm2: {
    doSignature(message: string | number[], privateKeyHex: string, options?: SignatureOptions): string;
    doVerifySignature(
      message: string | number[],
      signatureHex: string,
      publicKeyHex: string,
      options?: SignatureOptions,
    ): boolean;
    getPublicKeyFromPrivateKey(privateKeyHex: string): string;
  };
  /** SM3 (GB/T 32905) of a UTF-8 text or of bytes given as numbers, hex. */
  export function sm3(message: string | number[]): string;
}
