/**
 * The demo's live programme (最高检党组<year>年重点督办任务): its dates are days before or after the
 * anchor day, the day the ledger was first seeded, so that on that day's clock the board shows every
 * light and each demo user has work waiting. The 2022 programme (demo-tasks.ts) stays as history.
 */
import { DemoStory, type DemoTaskDefinition } from './demo-story';

/** Year-free ids, so that the README's and the API document's examples name tasks that exist whatever the year. */
export const CURRENT_PROGRAMME_ID = 'spp-current';

/** The programme is issued this many days before the anchor day: the anchor is read back from its `issuedOn`. */
export const ISSUED_DAYS_BEFORE_ANCHOR = 40;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function currentProgramme(anchorDay: string) {
  const year = Number(anchorDay.slice(0, 4));
  return {
    programmeId: CURRENT_PROGRAMME_ID,
    title: `最高检党组${year}年重点督办任务`,
    year,
    issuedOn: addDays(anchorDay, -ISSUED_DAYS_BEFORE_ANCHOR),
    plannedTaskCount: 68,
  };
}

/** The anchor day a launched live programme was made for. */
export function anchorDayOf(programme: { readonly issuedOn: string }): string {
  return addDays(programme.issuedOn, ISSUED_DAYS_BEFORE_ANCHOR);
}

/**
 * The live tasks. On the anchor day (FlagPolicy: yellow within 7 days of the deadline, red once it
 * has passed): 01 waits for dept-9 to acknowledge, 02 (yellow) for its plan, 03 (red, urged) for its
 * progress report; 04 for dept-1's countersign; 05 (yellow) has an open extension request and 06 a
 * completion report for the supervisor; 07 is red in another line; 08 was completed on time.
 * The juvenile ones (01–04, 08) are led by the demo leader, who may instruct on the open ones.
 */
export function currentStories(anchorDay: string): DemoStory[] {
  const day = (offset: number) => addDays(anchorDay, offset);
  const year = anchorDay.slice(0, 4);
  const issuedOn = day(-35);
  const story = (number: string, task: Omit<DemoTaskDefinition, 'code'>) =>
    new DemoStory(
      {
        ...task,
        code: `${year}-${number}`,
        taskId: `${CURRENT_PROGRAMME_ID}-${number}`,
        programmeId: CURRENT_PROGRAMME_ID,
      },
      issuedOn,
    );
  const juvenile = { category: '未成年人检察', leadLeaderId: 'leader-juvenile', leadUnitId: 'dept-9' } as const;

  return [
    story('01', {
      ...juvenile,
      title: '建立未成年人司法保护综合评估指标体系',
      description: '研究建立未成年人司法保护综合评估指标体系，推动“六大保护”协同发力。',
      coUnitIds: [],
      deadline: day(120),
    }),
    story('02', {
      ...juvenile,
      title: '深化涉未成年人案件“一站式”询问救助机制建设',
      description: '会同公安机关推进“一站式”询问救助场所建设和规范运行，避免对未成年被害人造成二次伤害。',
      coUnitIds: ['dept-1'],
      deadline: day(5),
    }).acknowledge(day(-33)),
    story('03', {
      ...juvenile,
      title: '开展未成年人网络保护专项监督',
      description: '聚焦网络游戏、网络直播等领域侵害未成年人权益问题，开展专项监督，制发检察建议。',
      coUnitIds: [],
      deadline: day(-3),
    })
      .acknowledge(day(-34))
      .plan(day(-30), '排查线索、分类办理、制发检察建议并跟踪落实。', [
        ['线索排查', day(-15)],
        ['检察建议落实', day(-3)],
      ])
      .progress(day(-20), 40, '已排查线索120条，立案办理35件。')
      .instruction(day(-18), '要突出问题导向，推动平台企业落实主体责任。')
      .milestoneDone(day(-16), 1)
      .urge(day(-2), 'current-03-u1', '办理期限已过，请说明检察建议落实情况及延误原因。', day(5)),
    story('04', {
      ...juvenile,
      title: '推进未成年人检察“督促监护令”工作规范化',
      description: '总结各地“督促监护令”实践，制定工作规范，会同相关部门推动落实家庭监护责任。',
      coUnitIds: ['dept-1', 'dept-6'],
      deadline: day(25),
    })
      .acknowledge(day(-33))
      .plan(day(-30), '调研总结各地实践，起草工作规范，征求意见后印发。', [['起草工作规范', day(-10)]])
      .milestoneDone(day(-12), 1)
      .progress(day(-5), 90, '工作规范已起草完成，待配合单位会签后报送。')
      .countersign(day(-2), 'dept-6'),
    story('05', {
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-4',
      title: '依法惩治危害税收征管犯罪，发布典型案例',
      description: '依法惩治虚开增值税专用发票、骗取出口退税等犯罪，遴选发布典型案例。',
      coUnitIds: [],
      deadline: day(6),
    })
      .acknowledge(day(-34))
      .plan(day(-30), '征集案例、组织评审、审定发布。', [['案例征集', day(-10)]])
      .progress(day(-10), 60, '已征集案例46件，进入评审。')
      .requestExtension(day(-1), 'current-05-e1', day(60), '需与税务部门会商典型案例的发布口径，申请延期。'),
    story('06', {
      category: '公益诉讼检察',
      leadLeaderId: 'leader-public-interest',
      leadUnitId: 'dept-8',
      title: '制定公益诉讼检察听证工作规则',
      description: '规范公益诉讼检察听证的适用范围、程序和听证员选任。',
      coUnitIds: [],
      deadline: day(30),
    })
      .acknowledge(day(-34))
      .plan(day(-31), '起草听证工作规则，征求意见后印发。', [['征求意见稿', day(-15)]])
      .milestoneDone(day(-15), 1)
      .outcome(day(-4), 'rule', '《人民检察院公益诉讼检察听证工作规则》')
      .reportCompletion(day(-2), '听证工作规则已印发，各地按规则开展听证。'),
    story('07', {
      category: '科技/大数据',
      leadLeaderId: 'leader-civil',
      leadUnitId: 'dept-6',
      title: '推进民事检察类案监督数字模型应用',
      description: '推广虚假诉讼、执行监督等类案监督模型，以数字检察提升民事检察监督质效。',
      coUnitIds: ['tech-centre'],
      deadline: day(-8),
    }).acknowledge(day(-30)),
    story('08', {
      ...juvenile,
      title: '发布未成年人检察工作白皮书',
      description: '总结上一年度未成年人检察工作情况，向社会发布白皮书。',
      coUnitIds: ['dept-1'],
      deadline: day(10),
    })
      .acknowledge(day(-34))
      .plan(day(-33), '汇总数据、起草白皮书、审定发布。', [['白皮书初稿', day(-20)]])
      .milestoneDone(day(-20), 1)
      .outcome(day(-12), 'report', `《未成年人检察工作白皮书（${Number(year) - 1}）》`)
      .countersignAll(day(-11))
      .reportCompletion(day(-10), '白皮书已向社会发布。')
      .accept(day(-8), '按期高质量完成')
      .rate(day(-6), 'excellent'),
  ];
}
