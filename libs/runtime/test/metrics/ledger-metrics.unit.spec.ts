import { EventStoreUnavailable, WrongExpectedVersion, type EventStore } from '@app/event-store';
import { RuleBroken } from '@app/supervision';
import { LedgerMetrics } from '../../src/metrics/ledger-metrics';

describe('the ledger’s metrics', () => {
  const valueOf = async (metrics: LedgerMetrics, name: string, labels: Record<string, string>) => {
    const metric = await metrics.registry.getSingleMetric(name.replace(/_count$/, ''))!.get();
    return metric.values.find(
      (value) =>
        ((value as { metricName?: string }).metricName ?? metric.name) === name &&
        Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
    )?.value;
  };

  it('counts a refused command by the kind of refusal, a stale revision and an unreachable store apart', async () => {
    const metrics = new LedgerMetrics();
    await expect(
      metrics.command('UrgeTask', () => Promise.reject(new RuleBroken('TASK_FINISHED', '已办结'))),
    ).rejects.toThrow();
    await expect(
      metrics.command('UrgeTask', () => Promise.reject(new WrongExpectedVersion('task-1', 3n, 4n))),
    ).rejects.toThrow();
    await expect(
      metrics.command('UrgeTask', () => Promise.reject(new EventStoreUnavailable('away'))),
    ).rejects.toThrow();
    await expect(metrics.command('UrgeTask', () => Promise.reject(new TypeError('bug')))).rejects.toThrow();
    for (const result of ['rule', 'stale_revision', 'unavailable', 'error'])
      expect(await valueOf(metrics, 'ledger_commands_total', { type: 'UrgeTask', result })).toBe(1);
  });

  it('times failed appends by why they failed and counts only appended events', async () => {
    const metrics = new LedgerMetrics();
    let fail: Error | undefined;
    const store = {
      append: async () => {
        if (fail) throw fail;
        return { nextExpectedRevision: 1n, position: { commit: 1n, prepare: 1n } };
      },
    } as unknown as EventStore;
    const metered = metrics.meter(store);
    const event = { id: 'e', type: 'T', data: {}, metadata: {} };
    await metered.append('s', [event, event], 'any');
    fail = new WrongExpectedVersion('s', 0n, 1n);
    await expect(metered.append('s', [event], 0n)).rejects.toThrow();
    fail = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    await expect(metered.append('s', [event], 0n)).rejects.toThrow();
    expect(await valueOf(metrics, 'ledger_events_appended_total', {})).toBe(2);
    for (const result of ['ok', 'wrong_expected_version', 'unavailable'])
      expect(await valueOf(metrics, 'ledger_event_store_append_duration_seconds_count', { result })).toBe(1);
  });

  it('counts watcher rounds and what they did', async () => {
    const metrics = new LedgerMetrics();
    metrics.watcherRound({ recorded: 2, urged: 1, failed: 0 });
    metrics.watcherRound('failed');
    expect(await valueOf(metrics, 'ledger_deadline_watcher_rounds_total', { result: 'ok' })).toBe(1);
    expect(await valueOf(metrics, 'ledger_deadline_watcher_rounds_total', { result: 'failed' })).toBe(1);
    expect(await valueOf(metrics, 'ledger_deadline_watcher_acts_total', { act: 'recorded' })).toBe(2);
  });
});
