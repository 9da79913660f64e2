/** Samples the process's memory on a timer while something runs, to show whether it stays flat. */
export interface MemoryFigures {
  readonly samples: number;
  readonly baselineRss: number;
  readonly baselineHeap: number;
  readonly peakRss: number;
  readonly peakHeap: number;
}

export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private samples = 0;
  private baselineRss = 0;
  private baselineHeap = 0;
  private peakRss = 0;
  private peakHeap = 0;

  /** Takes the baseline now (after a collection when the process runs with --expose-gc). */
  start(intervalMs = 50): void {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    this.baselineRss = this.peakRss = rss;
    this.baselineHeap = this.peakHeap = heapUsed;
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.samples++;
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakHeap = Math.max(this.peakHeap, heapUsed);
  }

  stop(): MemoryFigures {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return {
      samples: this.samples,
      baselineRss: this.baselineRss,
      baselineHeap: this.baselineHeap,
      peakRss: this.peakRss,
      peakHeap: this.peakHeap,
    };
  }
}
