/**
 * A programme told through the API over two and a half months, so that a board replayed to a moment
 * can be held against the live board and dashboard at that moment: every status, an extension
 * granted after the original deadline had passed, overdue and stale tasks, completions on time and
 * late (by the ORIGINAL deadline), one under look-back review, one cancelled, one suspended.
 * Each instant the specs compare at is also the time of that instant's last act.
 */
import { post } from '../support/http-client';
import { JUVENILE_UNIT, SUPERVISOR, givenOrganisation, juvenileTask } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';

export const INSTANTS = {
  /** One task's deadline passed two days ago with its extension still pending; another's was already extended. */
  march: '2026-03-22T12:00:00+08:00',
  /** Completions in, a look-back open, the untouched in-progress task overdue and stale. */
  april: '2026-04-15T09:00:00+08:00',
  /** Deadlines near and passed, reports more than 30 days old; before 08:00 in Beijing, so the UTC date is the day before. */
  may: '2026-05-20T07:00:00+08:00',
} as const;

export type Instant = keyof typeof INSTANTS;

const NAMES = [
  'issued',
  'acknowledged',
  'overdue',
  'extendedLate',
  'onTime',
  'late',
  'reviewed',
  'cancelled',
  'suspended',
  'reported',
  'sentBack',
  'resumed',
  'returned',
  'lateByHours',
  'dueYesterday',
  'dueToday',
] as const;
export type TaskName = (typeof NAMES)[number];

export class ProgrammeStory {
  readonly ids = {} as Record<TaskName, string>;
  /** The position of the last command: read the live side with it as X-Min-Position. */
  position = '';
  private extendedLateRequest = '';

  constructor(private readonly app: TestApp) {}

  /** Tells the story up to and including an instant's last act, which happens exactly at that instant. */
  async tellUntil(instant: Instant): Promise<void> {
    const chapters: Record<Instant, () => Promise<void>> = {
      march: () => this.toMarch(),
      april: () => this.toApril(),
      may: () => this.toMay(),
    };
    await chapters[instant]();
  }

  private async toMarch(): Promise<void> {
    this.app.clock.set('2026-03-02T09:00:00+08:00');
    await givenOrganisation(this.app);
    const deadlines: Record<TaskName, string> = {
      issued: '2026-12-31',
      acknowledged: '2026-04-20',
      overdue: '2026-03-31',
      extendedLate: '2026-03-20',
      onTime: '2026-04-30',
      late: '2026-03-25',
      reviewed: '2026-04-30',
      cancelled: '2026-09-30',
      suspended: '2026-03-31',
      reported: '2026-05-31',
      sentBack: '2026-06-30',
      resumed: '2026-08-31',
      returned: '2026-07-31',
      lateByHours: '2026-04-30',
      dueYesterday: '2026-05-19',
      dueToday: '2026-05-20',
    };
    for (const [i, name] of NAMES.entries()) {
      const code = `2026-${String(i + 1).padStart(2, '0')}`;
      this.ids[name] = (
        await this.act(
          '/api/tasks',
          juvenileTask({ code, title: `${name} 任务`, coUnitIds: [], deadline: deadlines[name] }),
          SUPERVISOR,
        )
      ).id;
    }
    await this.on('sentBack', '/send-back', { reason: '不属本厅职责' }, JUVENILE_UNIT);

    this.app.clock.set('2026-03-03T10:00:00+08:00');
    for (const name of [
      'acknowledged',
      'overdue',
      'extendedLate',
      'onTime',
      'late',
      'reviewed',
      'suspended',
      'reported',
      'resumed',
      'returned',
      'lateByHours',
    ] as const) {
      await this.on(name, '/acknowledge', {}, JUVENILE_UNIT);
      if (name !== 'acknowledged')
        await this.on(
          name,
          '/plan',
          { plan: '分步推进', milestones: [{ title: '方案', dueOn: '2026-03-15' }] },
          JUVENILE_UNIT,
        );
    }
    this.app.clock.set('2026-03-05T10:00:00+08:00');
    await this.on('cancelled', '/cancel', { reason: '已由其他批次承接' }, SUPERVISOR);
    this.app.clock.set('2026-03-10T10:00:00+08:00');
    await this.on('suspended', '/suspend', { reason: '等待上级部署' }, SUPERVISOR);
    await this.on('resumed', '/suspend', { reason: '等待上级部署' }, SUPERVISOR);
    this.app.clock.set('2026-03-15T10:00:00+08:00');
    await this.on('resumed', '/resume', { reason: '部署已下达' }, SUPERVISOR);
    this.app.clock.set('2026-03-18T10:00:00+08:00');
    this.extendedLateRequest = (
      await this.on(
        'extendedLate',
        '/extension-requests',
        { requestedDeadline: '2026-06-30', reason: '需补充调研' },
        JUVENILE_UNIT,
      )
    ).created.requestId;
    this.app.clock.set('2026-03-20T10:00:00+08:00');
    const late = (
      await this.on(
        'late',
        '/extension-requests',
        { requestedDeadline: '2026-05-31', reason: '听证需延长' },
        JUVENILE_UNIT,
      )
    ).created.requestId;
    this.app.clock.set('2026-03-21T10:00:00+08:00');
    await this.on('late', `/extension-requests/${late}/approve`, {}, SUPERVISOR);
    this.app.clock.set(INSTANTS.march);
    await this.on('reported', '/progress', { summary: '已完成初稿', percent: 40 }, JUVENILE_UNIT);
  }

  private async toApril(): Promise<void> {
    // Approved five days after the original deadline of 20 March had passed.
    this.app.clock.set('2026-03-25T10:00:00+08:00');
    await this.on('extendedLate', `/extension-requests/${this.extendedLateRequest}/approve`, {}, SUPERVISOR);
    const refused = (
      await this.on(
        'overdue',
        '/extension-requests',
        { requestedDeadline: '2026-06-30', reason: '人手不足' },
        JUVENILE_UNIT,
      )
    ).created.requestId;
    this.app.clock.set('2026-03-26T10:00:00+08:00');
    await this.on('overdue', `/extension-requests/${refused}/reject`, { reason: '理由不充分' }, SUPERVISOR);
    this.app.clock.set('2026-04-10T09:00:00+08:00');
    await this.on('extendedLate', '/progress', { summary: '调研已完成', percent: 60 }, JUVENILE_UNIT);
    for (const name of ['onTime', 'late', 'reviewed'] as const) {
      await this.on(name, '/completion-report', { summary: '已完成' }, JUVENILE_UNIT);
      await this.on(name, '/accept', {}, SUPERVISOR);
    }
    await this.on('reported', '/completion-report', { summary: '已完成，待验收' }, JUVENILE_UNIT);
    await this.on('returned', '/completion-report', { summary: '已完成' }, JUVENILE_UNIT);
    this.app.clock.set('2026-04-11T10:00:00+08:00');
    await this.on('returned', '/return', { reason: '请补充材料' }, SUPERVISOR);
    this.app.clock.set('2026-04-12T10:00:00+08:00');
    await this.on('reviewed', '/look-back', { findings: '个别地区落实不到位' }, SUPERVISOR);
    this.app.clock.set(INSTANTS.april);
    await this.on('overdue', '/urge', { reason: '已逾期，请说明情况', replyDueOn: '2026-04-20' }, SUPERVISOR);
  }

  private async toMay(): Promise<void> {
    this.app.clock.set('2026-04-30T20:00:00+08:00');
    await this.on('lateByHours', '/completion-report', { summary: '已完成' }, JUVENILE_UNIT);
    // Seven in the morning of 1 May in Beijing, still 30 April by UTC: late, deadlines end at 24:00 Beijing time.
    this.app.clock.set('2026-05-01T07:00:00+08:00');
    await this.on('lateByHours', '/accept', {}, SUPERVISOR);
    this.app.clock.set(INSTANTS.may);
    await this.on('onTime', '/rating', { rating: 'excellent' }, SUPERVISOR);
  }

  private on(name: TaskName, path: string, body: object, who: object): Promise<any> {
    return this.act(`/api/tasks/${this.ids[name]}${path}`, body, who);
  }

  private async act(path: string, body: object, who: object): Promise<any> {
    const answer = await post(this.app.url, path, body, { token: this.app.tokenFor(who as never) });
    if (answer.status !== 200 && answer.status !== 201)
      throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.position = answer.body.position;
    return answer.body;
  }
}
