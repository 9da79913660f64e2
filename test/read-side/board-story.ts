/**
 * A small board told through the API: six tasks left at different stages, so that every filter,
 * light and count has something to find. Issued on 2 March 2026; the specs read it on 15 April.
 */
import { post } from '../support/http-client';
import {
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_UNIT,
  SUPERVISOR,
  givenOrganisation,
  juvenileTask,
} from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';

export const ISSUED_ON = '2026-03-02T09:00:00+08:00';
/** The board is read at this instant unless a spec moves the clock. */
export const READ_AT = '2026-04-15T09:00:00+08:00';

export interface Board {
  /** Task ids by the name the specs use. */
  readonly ids: Record<'juvenile' | 'ip' | 'civil' | 'done' | 'cancelled' | 'late', string>;
  /** The position of the last command: send it as X-Min-Position to read it all. */
  readonly position: string;
}

export async function givenBoard(app: TestApp): Promise<Board> {
  let position = '';
  const act = async (path: string, body: object, who: object) => {
    const answer = await post(app.url, path, body, { token: app.tokenFor(who as never) });
    if (answer.status >= 300) throw new Error(`${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    position = answer.body.position;
    return answer.body;
  };
  const issue = async (overrides: Record<string, unknown>) =>
    (await act('/api/tasks', juvenileTask(overrides), SUPERVISOR)).id as string;
  const plan = (id: string, unit: object) =>
    act(
      `/api/tasks/${id}/plan`,
      { plan: '分三步推进', milestones: [{ title: '制定方案', dueOn: '2026-05-31' }] },
      unit,
    );

  app.clock.set(ISSUED_ON);
  await givenOrganisation(app);
  const juvenile = await issue({ code: '2026-01' });
  const ip = await issue({
    code: '2026-02',
    title: '加强知识产权检察综合履职',
    description: '知识产权刑事、民事、行政检察职能集中统一履行',
    category: '知识产权',
    leadUnitId: 'dept-1',
    coUnitIds: [],
    leadLeaderId: 'leader-civil',
    deadline: '2026-04-20',
  });
  const civil = await issue({
    code: '2026-03',
    title: '深化民事检察精准监督',
    description: '提升民事生效裁判监督质效',
    category: '民事检察',
    leadUnitId: 'dept-6',
    coUnitIds: ['dept-9'],
    leadLeaderId: 'leader-civil',
    deadline: '2026-04-01',
  });
  const done = await issue({
    code: '2026-04',
    title: '完善未成年人司法保护协作机制',
    deadline: '2026-06-30',
    coUnitIds: ['dept-1'],
  });
  const cancelled = await issue({
    code: '2026-05',
    title: '检察听证工作规范化',
    description: '听证',
    category: '其他',
    leadUnitId: 'dept-6',
    coUnitIds: [],
    deadline: '2026-09-30',
  });
  const late = await issue({
    code: '2026-06',
    title: '刑事申诉案件公开听证',
    description: '申诉',
    category: '控告申诉检察',
    leadUnitId: 'dept-1',
    coUnitIds: [],
    deadline: '2026-03-10',
  });

  await act(`/api/tasks/${ip}/acknowledge`, {}, CRIMINAL_UNIT);
  await plan(ip, CRIMINAL_UNIT);
  await act(`/api/tasks/${civil}/acknowledge`, {}, CIVIL_UNIT);
  await plan(civil, CIVIL_UNIT);
  await act(`/api/tasks/${done}/acknowledge`, {}, JUVENILE_UNIT);
  await plan(done, JUVENILE_UNIT);
  await act(`/api/tasks/${done}/countersign`, {}, CRIMINAL_UNIT);
  await act(`/api/tasks/${done}/completion-report`, { summary: '机制已建立' }, JUVENILE_UNIT);
  await act(`/api/tasks/${done}/accept`, {}, SUPERVISOR);
  await act(`/api/tasks/${cancelled}/cancel`, { reason: '已由其他批次承接' }, SUPERVISOR);
  await act(`/api/tasks/${late}/acknowledge`, {}, CRIMINAL_UNIT);
  await plan(late, CRIMINAL_UNIT);
  const extension = await act(
    `/api/tasks/${late}/extension-requests`,
    { requestedDeadline: '2026-05-31', reason: '听证需延长' },
    CRIMINAL_UNIT,
  );
  await act(`/api/tasks/${late}/extension-requests/${extension.created.requestId}/approve`, {}, SUPERVISOR);

  // Ten days later: civil reports (so it is not stale), late is completed after its ORIGINAL deadline.
  app.clock.set('2026-04-10T09:00:00+08:00');
  await act(`/api/tasks/${civil}/progress`, { summary: '已完成专项检查', percent: 60 }, CIVIL_UNIT);
  await act(`/api/tasks/${late}/completion-report`, { summary: '听证已公开' }, CRIMINAL_UNIT);
  await act(`/api/tasks/${late}/accept`, {}, SUPERVISOR);

  app.clock.set(READ_AT);
  return { ids: { juvenile, ip, civil, done, cancelled, late }, position };
}
