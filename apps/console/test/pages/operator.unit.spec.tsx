/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * 运维, in Chinese: each read model, the notifier and each parked event's read model by what it holds
 * (任务台账, 任务详情, …), with the name the API and the logs know it by beneath as secondary text.
 */
import { configure, screen, within } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole } from '../support/render-form';

configure({ asyncUtilTimeout: 10_000 });

const model = (name: string, parked = 0) => ({
  name,
  checkpoint: '12-0',
  head: '12-0',
  lag: 0,
  lagCapped: false,
  parked,
  generation: 0,
  updatedAt: null,
});

installBrowserStandIns((request) => {
  const path = new URL(request.url).pathname;
  if (path === '/api/projections')
    return {
      status: 200,
      body: {
        head: '12-0',
        heldBack: null,
        projections: [
          model('task-deadlines'),
          model('task-board'),
          model('task-detail', 1),
          model('task-timeline'),
          model('organisation'),
        ],
        notifier: {
          name: 'notifier',
          checkpoint: '12-0',
          head: '12-0',
          lag: 0,
          lagCapped: false,
          parked: 0,
          pending: 2,
          dead: 0,
          activeHere: true,
        },
      },
    };
  if (path === '/api/projections/rebuilds') return { status: 200, body: [] };
  if (path === '/api/projections/parked')
    return {
      status: 200,
      body: [
        {
          id: 7,
          projection: 'task-detail',
          streamId: 'task-spp-2026-2026-01',
          position: '9-0',
          type: 'TaskIssued',
          errorMessage: 'boom',
          attempts: 3,
          parkedAt: '2026-03-02T01:00:00.000Z',
        },
      ],
    };
  return { status: 404, body: {} };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OperatorPage = (require('../../src/pages/OperatorPage') as typeof import('../../src/pages/OperatorPage')).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SessionProvider } = require('../../src/session') as typeof import('../../src/session');

async function openAsAdmin(): Promise<void> {
  sessionStorage.setItem(
    'console.session',
    JSON.stringify({ token: 't', user: { userId: 'operator', role: 'admin', unitId: null, name: '运维' } }),
  );
  renderInConsole(
    <SessionProvider>
      <LangProvider>
        <OperatorPage />
      </LangProvider>
    </SessionProvider>,
  );
  await screen.findByText('任务台账', { exact: true });
}

const statusTable = () => screen.getAllByRole('table')[0];
const rowOf = (table: HTMLElement, label: string) =>
  within(table).getByText(label, { exact: true }).closest('tr') as HTMLElement;

describe('运维: the read models by their Chinese names', () => {
  it('given the read models, then each row names it in Chinese first, with its id beneath as secondary text', async () => {
    await openAsAdmin();
    for (const [label, id] of [
      ['任务台账', 'task-board'],
      ['任务详情', 'task-detail'],
      ['办理历程', 'task-timeline'],
      ['办理时限', 'task-deadlines'],
      ['组织机构', 'organisation'],
    ]) {
      const row = rowOf(statusTable(), label);
      expect(within(row).getByText(id, { exact: true }).className).toContain('secondary');
    }
  });

  it('given the notifier, then it is named 通知推送 with its outbox', async () => {
    await openAsAdmin();
    const notifier = screen.getByTestId('notifier-status');
    expect(within(notifier).getByText('通知推送', { exact: true })).toBeTruthy();
    expect(within(notifier).getByText('notifier', { exact: true }).className).toContain('secondary');
    expect(notifier.textContent).toContain('待发送2');
  });

  it('given a parked event, then its read model is named in Chinese, and the buttons say which model they act on', async () => {
    await openAsAdmin();
    const parked = await screen.findByText('task-spp-2026-2026-01');
    const row = parked.closest('tr') as HTMLElement;
    expect(within(row).getByText('任务详情', { exact: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: '重建 任务台账' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '重放 任务详情 的搁置事件' })).toBeTruthy();
  });
});
