/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * 报表's rules, in the browser's DOM (jsdom): the page opens on the last period that is over (in
 * Beijing time) and asks the API for it; another kind or another period picked asks for that one;
 * each headline figure shows its change from the period before as ↑ or ↓ and the number (持平 when
 * unchanged); a period with nothing in it says so instead of showing empty charts; and the workbook
 * is fetched with the token in the Authorization header, not in its URL.
 */
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole, type SentRequest } from '../support/render-form';

configure({ asyncUtilTimeout: 10_000 });

// jsdom has no canvas: the charts stand in as what a screen reader gets of them, their label.
jest.mock('../../src/components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

type Figures = Record<
  'issued' | 'completed' | 'completedOnTime' | 'overdue' | 'urged' | 'extended' | 'returned',
  number
>;
const NONE: Figures = { issued: 0, completed: 0, completedOnTime: 0, overdue: 0, urged: 0, extended: 0, returned: 0 };
const minus = (a: Figures, b: Figures) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Figures] - b[k as keyof Figures]])) as Figures;

function reportOf(key: string, totals: Figures, previous: Figures, units: object[] = []) {
  return {
    programmeId: 'spp-2026',
    programmeTitle: '2026年重点督办任务',
    period: { kind: 'quarter', key, label: `${key} 报告期`, from: '', to: '' },
    previousPeriod: { key: 'before', label: '上一报告期' },
    asOf: '2026-03-31T16:00:00.000Z',
    final: true,
    eventsReplayed: 12,
    totals,
    previous,
    change: minus(totals, previous),
    onTimeRate: totals.completed ? totals.completedOnTime / totals.completed : null,
    units,
    leaders: [],
  };
}

const Q1 = { issued: 2, completed: 2, completedOnTime: 1, overdue: 2, urged: 1, extended: 1, returned: 1 };
const Q4 = { issued: 2, completed: 0, completedOnTime: 0, overdue: 3, urged: 0, extended: 0, returned: 0 };
let reportAnswer = (key: string) => reportOf(key, Q1, Q4);

const sent: SentRequest[] = installBrowserStandIns((request) => {
  const path = decodeURIComponent(new URL(request.url).pathname);
  if (path === '/api/programmes')
    return { status: 200, body: { items: [{ id: 'spp-2026', title: '2026年重点督办任务', status: 'launched' }] } };
  const report = /^\/api\/programmes\/spp-2026\/reports\/([^/]+)$/.exec(path);
  if (report) return { status: 200, body: reportAnswer(report[1]) };
  return { status: 200, body: { items: [] } };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ReportsPage = (require('../../src/pages/ReportsPage') as typeof import('../../src/pages/ReportsPage')).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiSession } = require('../../src/api/client') as typeof import('../../src/api/client');

/** Mid-April in Beijing: the first quarter is over, the second runs. */
const APRIL = new Date('2026-04-15T09:00:00+08:00');

const reportsAsked = () =>
  sent
    .map((r) => decodeURIComponent(new URL(r.url).pathname))
    .filter((path) => path.includes('/reports/'))
    .map((path) => path.split('/reports/')[1]);

async function openPage(now: Date = APRIL): Promise<void> {
  renderInConsole(
    <LangProvider>
      <ReportsPage now={() => now} />
    </LangProvider>,
  );
  await screen.findByTestId('period-report');
}

/** Types a period into the picker and confirms it with Enter, as a keyboard user does. */
async function typePeriod(text: string): Promise<void> {
  const input = screen.getByLabelText('报告期');
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
  });
  await act(async () => void fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 }));
}

beforeEach(() => {
  sent.length = 0;
  reportAnswer = (key) => reportOf(key, Q1, Q4);
  apiSession.setToken('office-token');
});

describe('choosing the period (报告期)', () => {
  it('given mid-April in Beijing, when the page opens, then it asks for the first quarter’s report of the programme', async () => {
    await openPage();
    await waitFor(() => expect(reportsAsked()).toEqual(['2026-Q1']));
    expect(screen.getByTestId('report-title').textContent).toBe('2026年重点督办任务 2026-Q1 报告期');
  });

  it('given 1 April 01:00 in Beijing (still 31 March in UTC), when the page opens, then the first quarter is the last one over', async () => {
    await openPage(new Date('2026-03-31T17:00:00Z'));
    await waitFor(() => expect(reportsAsked()).toEqual(['2026-Q1']));
  });

  it('when 月报 and then 年报 are chosen, then it asks for March and for last year', async () => {
    await openPage();
    await act(async () => void fireEvent.click(screen.getByRole('radio', { name: '月报' })));
    await waitFor(() => expect(reportsAsked()).toContain('2026-03'));
    await act(async () => void fireEvent.click(screen.getByRole('radio', { name: '年报' })));
    await waitFor(() => expect(reportsAsked()).toContain('2025'));
    expect(reportsAsked()).toEqual(['2026-Q1', '2026-03', '2025']);
  });

  it('when another quarter is typed into the picker, then it asks for that quarter', async () => {
    await openPage();
    await typePeriod('2025-Q4');
    await waitFor(() => expect(reportsAsked()).toContain('2025-Q4'));
    expect(screen.getByTestId('report-title').textContent).toContain('2025-Q4');
  });
});

describe('the headline figures, with the change from the period before', () => {
  it('shows ↑ and the number for a rise, ↓ for a fall and 持平 for none', async () => {
    await openPage();
    const change = (key: string) => screen.getByTestId(`change-${key}`);
    expect(change('completed').textContent).toBe('较上期 ↑ 2');
    expect(change('completed').getAttribute('aria-label')).toBe('较上期增加 2');
    expect(change('overdue').textContent).toBe('较上期 ↓ 1');
    expect(change('overdue').getAttribute('aria-label')).toBe('较上期减少 1');
    expect(change('issued').textContent).toBe('较上期 持平');
    const completed = screen.getByTestId('report-headline').querySelector('[data-figure="completed"]') as HTMLElement;
    expect(within(completed).getByText('办结')).toBeTruthy();
    expect(within(completed).getByText('2')).toBeTruthy();
    expect(screen.getByText('50.0%')).toBeTruthy();
  });

  it('ranks the units in their table, each with its figures', async () => {
    const unit = (rank: number, id: string, name: string, figures: Figures) => ({
      rank,
      id,
      name,
      figures,
      previous: NONE,
      change: figures,
      onTimeRate: figures.completed ? figures.completedOnTime / figures.completed : null,
    });
    reportAnswer = (key) =>
      reportOf(key, Q1, Q4, [
        unit(1, 'dept-9', '第九检察厅', { ...NONE, issued: 2, completed: 2, completedOnTime: 1 }),
        unit(2, 'dept-1', '第一检察厅', { ...NONE, overdue: 1 }),
      ]);
    await openPage();
    const rows = screen
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent))
      .filter((cells) => cells.length > 0);
    expect(rows[0]).toEqual(['1', '第九检察厅', '2', '2', '1', '0', '0', '0', '0', '50.0%']);
    expect(rows[1]).toEqual(['2', '第一检察厅', '0', '0', '0', '1', '0', '0', '0', '—']);
  });
});

describe('a period with nothing in it', () => {
  it('says 本期无任务 and why, and the charts and tables say what is empty rather than drawing nothing', async () => {
    reportAnswer = (key) => reportOf(key, NONE, NONE);
    await openPage();
    expect(screen.getByTestId('report-empty').textContent).toContain('本期无任务');
    expect(screen.getByTestId('comparison-empty').textContent).toBe('本期与上期均无任务活动。');
    expect(screen.getByTestId('units-chart-empty').textContent).toBe('本期无单位办结或逾期任务。');
    expect(screen.getByText('本期无牵头单位有任务活动')).toBeTruthy();
    expect(screen.getByText('本期无牵头领导有任务活动')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /柱状图/ })).toBeNull();
  });

  it('given a quiet period after a busy one, then the comparison is still drawn, with both periods in its label', async () => {
    reportAnswer = (key) => reportOf(key, NONE, Q4);
    await openPage();
    expect(screen.getByTestId('report-empty')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^本期与上期对比柱状图：立项交办0，上期2；/ })).toBeTruthy();
  });
});

describe('the workbook (下载 Excel)', () => {
  it('is fetched with the token in the Authorization header and none in the URL', async () => {
    const saved: string[] = [];
    URL.createObjectURL = () => 'blob:report';
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    await openPage();
    await act(async () => void fireEvent.click(screen.getByText('下载 Excel').closest('button')!));
    await waitFor(() => expect(saved).toEqual(['spp-2026-2026-Q1.xlsx']));
    const request = sent.find((r) => r.url.endsWith('/workbook'))!;
    expect(new URL(request.url).pathname).toBe('/api/programmes/spp-2026/reports/2026-Q1/workbook');
    expect(new URL(request.url).search).toBe('');
    expect(request.headers.get('authorization')).toBe('Bearer office-token');
  });
});
