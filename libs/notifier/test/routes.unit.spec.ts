import { deliveriesFor, deliveryId, parseRoutes, routesFor } from '../src';

describe('who gets what over which channel', () => {
  it('by default: every party in the inbox, for every cause, and nothing else', () => {
    expect(routesFor('unit:dept-9', 'urged', {})).toEqual([{ channel: 'inbox', address: 'unit:dept-9' }]);
    expect(routesFor('supervisor', 'no_progress', {})).toEqual([{ channel: 'inbox', address: 'supervisor' }]);
  });

  it('the most specific rule decides alone: the unit’s own, then every unit’s, then everyone’s', () => {
    const routes = parseRoutes(
      JSON.stringify({
        'unit:dept-9': { email: ['dept9@example.org'], webhook: ['https://oa.example.org/hook'] },
        'unit:*': { causes: ['urged'] },
        '*': { inbox: false },
      }),
    );
    expect(routesFor('unit:dept-9', 'task_issued', routes).map((route) => route.channel)).toEqual([
      'inbox',
      'email',
      'webhook',
    ]);
    expect(routesFor('unit:dept-1', 'task_issued', routes)).toEqual([]);
    expect(routesFor('unit:dept-1', 'urged', routes)).toEqual([{ channel: 'inbox', address: 'unit:dept-1' }]);
    expect(routesFor('leader:leader-juvenile', 'urged', routes)).toEqual([]);
  });

  it('names a configuration mistake instead of ignoring it', () => {
    expect(() => parseRoutes('{')).toThrow(/not JSON/);
    expect(() => parseRoutes('{"dept-9":{}}')).toThrow(/dept-9 is not an address/);
    expect(() => parseRoutes('{"unit:dept-9":{"causes":["party"]}}')).toThrow(/causes must list causes/);
    expect(() => parseRoutes('{"unit:dept-9":{"webhook":["ftp://x"]}}')).toThrow(/not an http\(s\) URL/);
    expect(() => parseRoutes('{"unit:dept-9":{"sms":["1"]}}')).toThrow(/unknown field sms/);
  });

  it('one delivery per cause, recipient and channel, with an id that is the same however often it is decided', () => {
    const telling = {
      causeId: 'event-1',
      cause: 'urged' as const,
      taskId: 't1',
      recipients: ['unit:dept-9' as const],
      title: 't',
      body: 'b',
      occurredAt: '2026-03-02T00:00:00.000Z',
    };
    const routes = { 'unit:dept-9': { email: ['a@example.org'] } };
    const first = deliveriesFor([telling], routes);
    expect(first.map((d) => d.channel)).toEqual(['inbox', 'email']);
    expect(deliveriesFor([telling], routes).map((d) => d.id)).toEqual(first.map((d) => d.id));
    expect(new Set(first.map((d) => d.id)).size).toBe(2);
    expect(deliveryId('event-2', 'unit:dept-9', { channel: 'inbox', address: 'unit:dept-9' })).not.toBe(first[0].id);
  });
});
