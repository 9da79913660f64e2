/** Interleaved rounds and their medians: a figure and its reference take turns, so a noisy neighbour colours both alike. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs every named measurement once per round, in turn, and returns each one's results in round order. */
export async function interleaved<T>(
  rounds: number,
  measurements: Readonly<Record<string, () => Promise<T>>>,
): Promise<Record<string, T[]>> {
  const results: Record<string, T[]> = Object.fromEntries(Object.keys(measurements).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, measure] of Object.entries(measurements)) results[name].push(await measure());
  }
  return results;
}

/** "meets" or "misses", for the target a figure is held to. */
export function verdict(met: boolean, target: string): string {
  return `${met ? 'meets' : 'misses'} ${target}`;
}
