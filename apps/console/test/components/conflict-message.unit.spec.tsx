/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * A command refused because the task changed meanwhile (412) says who changed it by name, from the
 * directory (the id only for an account the directory does not list), and which versions, counted as
 * users count them (the first version is 1; the API's revisions start at 0).
 */
import { act, configure, fireEvent, screen } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole, taskShownAt } from '../support/render-form';

configure({ asyncUtilTimeout: 10_000 });

let lastActor = {
  id: 'leader-juvenile',
  role: 'leader',
  unitId: null as string | null,
  unitName: null as string | null,
};

installBrowserStandIns((request) => {
  const path = new URL(request.url).pathname;
  if (request.method === 'POST')
    return {
      status: 412,
      body: {
        statusCode: 412,
        code: 'revision_conflict',
        message: 'the task changed since revision 3; its current revision is 5',
        details: { expectedRevision: 3, currentRevision: 5 },
      },
    };
  if (path.endsWith('/timeline'))
    return {
      status: 200,
      body: {
        total: 6,
        items: [
          {
            eventId: 'e-6',
            type: 'InstructionGiven',
            label: '批示',
            occurredAt: '2026-03-02T02:00:00.000Z',
            actor: lastActor,
            notifications: [],
          },
        ],
      },
    };
  if (path === '/api/officials')
    return {
      status: 200,
      body: {
        total: 1,
        items: [{ id: 'leader-juvenile', kind: 'leader', title: '分管未成年人检察的院领导', unit: null }],
      },
    };
  if (path === '/api/units') return { status: 200, body: { total: 1, items: [{ id: 'dept-9', name: '第九检察厅' }] } };
  return { status: 404, body: {} };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
const { CommandDialog } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/components/CommandDialog') as typeof import('../../src/components/CommandDialog');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');

async function acknowledgeOnStaleVersion(): Promise<string> {
  renderInConsole(
    <LangProvider>
      <CommandDialog command="AcknowledgeTask" task={taskShownAt(3)} units={[]} onClose={() => undefined} />
    </LangProvider>,
  );
  await screen.findByText('提交');
  await act(async () => void fireEvent.click(screen.getByText('提交').closest('button')!));
  await screen.findByText('已被他人修改，请刷新后再操作');
  return (await screen.findByTestId('last-change')).closest('.ant-alert')!.textContent ?? '';
}

describe('the conflict shown when the task changed meanwhile', () => {
  it('given the last change by a leader the directory lists, when refused, then names the leader, not the id', async () => {
    const shown = await acknowledgeOnStaleVersion();
    expect(shown).toContain('最近一次修改：分管未成年人检察的院领导');
    expect(shown).not.toContain('leader-juvenile');
  });

  it('given the task shown at revision 3 and now at 5, when refused, then counts the versions from 1: 第 4 版 and 第 6 版', async () => {
    const shown = await acknowledgeOnStaleVersion();
    expect(shown).toContain('您看到的是第 4 版，当前为第 6 版');
  });

  it('given the last change by an account the directory does not list, when refused, then shows its id and its unit by name', async () => {
    lastActor = { id: 'dept-9-staff', role: 'unit', unitId: 'dept-9', unitName: null };
    const shown = await acknowledgeOnStaleVersion();
    expect(shown).toContain('最近一次修改：dept-9-staff（第九检察厅）');
  });
});
