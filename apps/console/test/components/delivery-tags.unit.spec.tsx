/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * A task's history says who each act was told to, by which channel, and whether it got there: the
 * notifier's delivery records, by the names the office knows.
 */
import { screen } from '@testing-library/react';
import { DeliveryTags, type Delivery } from '../../src/components/DeliveryTags';
import { LangProvider } from '../../src/i18n';
import { renderInConsole } from '../support/render-form';

const delivery = (fields: Partial<Delivery>): Delivery => ({
  id: '00000000-0000-4000-8000-000000000001',
  cause: 'urged',
  causeLabel: '催办',
  causeId: 'event-1',
  recipient: 'unit:dept-9',
  channel: 'inbox',
  status: 'delivered',
  attempts: 1,
  lastError: null,
  occurredAt: '2026-03-02T01:00:00.000Z',
  deliveredAt: '2026-03-02T01:00:01.000Z',
  ...fields,
});

const names = { 'unit:dept-9': '第九检察厅', supervisor: '督办办公室' };

function show(deliveries: Delivery[]) {
  return renderInConsole(
    <LangProvider>
      <DeliveryTags deliveries={deliveries} names={names} />
    </LangProvider>,
  );
}

describe('the notifications beside a history entry', () => {
  it('given an urge delivered to the unit’s inbox, then it reads 第九检察厅 · 站内通知 · 已送达', () => {
    show([delivery({})]);
    expect(screen.getByText('第九检察厅 · 站内通知 · 已送达')).toBeTruthy();
  });

  it('given a webhook whose every try failed and an e-mail still retrying, then each says so, and an unknown recipient keeps its id', () => {
    show([
      delivery({ id: 'a', channel: 'webhook', status: 'dead', attempts: 5, lastError: 'HTTP 502' }),
      delivery({ id: 'b', channel: 'email', status: 'failed', recipient: 'leader:l-1', lastError: 'ECONNREFUSED' }),
    ]);
    expect(screen.getByText('第九检察厅 · Webhook · 发送失败')).toBeTruthy();
    expect(screen.getByText('leader:l-1 · 邮件 · 重试中')).toBeTruthy();
  });

  it('given an act that told nobody, then nothing is shown', () => {
    const { container } = show([]);
    expect(container.textContent).toBe('');
  });
});
