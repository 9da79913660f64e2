import { v5 as uuidv5 } from 'uuid';
import { nameBasedIds } from '../src/name-based-id';

const EVENTS = '5b0c8f0e-6f8e-4c9a-9a57-3c2d1e0f4a11';

describe('the ids the command path derives from names', () => {
  it('are the version-5 UUIDs uuid writes, for the names events and created things are given', () => {
    const idOf = nameBasedIds(EVENTS);
    const names = [
      'task-spp-2022-2022-01/3f6b2c1e-1111-4222-8333-444455556666/0',
      'c6f0d6a2-3f0b-4d8e-9a1c-7e2b5d4f8a90\nurge',
      'bench-supervisor\n重试的幂等键：催办 2026',
      '',
      'x'.repeat(5000),
    ];

    for (const name of names) expect(idOf(name)).toBe(uuidv5(name, EVENTS));
  });

  it('take the namespace in any case of its hex digits, as uuid does', () => {
    expect(nameBasedIds(EVENTS.toUpperCase())('urge')).toBe(uuidv5('urge', EVENTS));
  });

  it('refuse a namespace that is not a UUID', () => {
    expect(() => nameBasedIds('not-a-uuid')).toThrow('not a UUID: not-a-uuid');
  });
});
