import { eventually } from '../src/eventually';

describe('eventually, the one polling helper', () => {
  it('waits for a condition to answer true', async () => {
    let calls = 0;
    await expect(eventually(() => ++calls === 3, 1_000, 1)).resolves.toBe(true);
    expect(calls).toBe(3);
  });

  it('waits for a probed value to pass its test, and returns that value', async () => {
    let calls = 0;
    await expect(
      eventually(
        async () => ++calls,
        (value) => value >= 2,
        1_000,
        1,
      ),
    ).resolves.toBe(2);
  });

  it('gives up after its time with the last value it saw', async () => {
    await expect(eventually(() => false, 30, 5)).rejects.toThrow('condition not met within 30 ms; last value: false');
  });

  it('ends the wait with the error of a probe that throws', async () => {
    await expect(
      eventually(() => {
        throw new Error('the app exited early');
      }, 1_000),
    ).rejects.toThrow('the app exited early');
  });
});
