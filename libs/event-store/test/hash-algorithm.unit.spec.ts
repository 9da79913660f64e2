import { sm3 } from 'sm-crypto';
import { HASH_ALGORITHMS, createLedgerHash, hashHex, isHashAlgorithm } from '../src/hash-algorithm';

// GB/T 32905-2016, appendix A: the example of "abc".
const SM3_ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe("the ledger's hash algorithms", () => {
  it('gives the standard answer for "abc" with SM3 and with SHA-256', () => {
    expect(hashHex('sm3', 'abc')).toBe(SM3_ABC);
    expect(hashHex('sha256', 'abc')).toBe(SHA256_ABC);
  });

  it('gives the same SM3 as the pure implementation used where node has none, fed in parts or at once', () => {
    expect(sm3('abc')).toBe(SM3_ABC);
    const text = '督办台账：制定关于办理轻伤害案件的指导意见\n'.repeat(40);
    expect(hashHex('sm3', text)).toBe(sm3([...Buffer.from(text, 'utf8')]));
    expect(
      createLedgerHash('sm3')
        .update(text.slice(0, 7))
        .update(Buffer.from(text.slice(7), 'utf8'))
        .digest('hex'),
    ).toBe(hashHex('sm3', text));
  });

  it('knows only SHA-256 and SM3 by name', () => {
    expect(HASH_ALGORITHMS).toEqual(['sha256', 'sm3']);
    expect(isHashAlgorithm('sm3')).toBe(true);
    expect(isHashAlgorithm('SM3')).toBe(false);
    expect(isHashAlgorithm('md5')).toBe(false);
  });
});
