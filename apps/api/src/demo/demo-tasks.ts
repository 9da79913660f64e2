/**
 * The tasks the source report names (2月8日 党组扩大会: 分管院领导、检委会专职委员汇报的打算), each
 * told as a dated history that leaves it at a different stage of the lifecycle.
 */
import { DEMO_PROGRAMME } from './demo-organisation';
import { DemoStory, type DemoTaskDefinition } from './demo-story';

const ISSUED_ON = DEMO_PROGRAMME.issuedOn;

function story(task: DemoTaskDefinition): DemoStory {
  return new DemoStory(
    { ...task, taskId: `${DEMO_PROGRAMME.programmeId}-${task.code}`, programmeId: DEMO_PROGRAMME.programmeId },
    ISSUED_ON,
  );
}

export function demoStories(): DemoStory[] {
  return [
    story({
      code: '2022-01',
      title: '规范推进未成年人检察业务统一集中办理',
      description: '规范推进涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理。',
      category: '未成年人检察',
      leadLeaderId: 'leader-juvenile',
      leadUnitId: 'dept-9',
      coUnitIds: ['dept-1', 'dept-6'],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-10')
      .plan('2022-02-25', '制定统一集中办理工作指引，分批开展试点，年底前全面推开。', [
        ['制定工作指引', '2022-05-31'],
        ['试点地区评估', '2022-09-30'],
      ])
      .milestoneDone('2022-05-20', 1)
      .progress('2022-06-30', 50, '工作指引已印发，12个省份开展试点。')
      .milestoneDone('2022-09-28', 2)
      .outcome('2022-11-15', 'rule', '《关于未成年人检察业务统一集中办理的工作指引》')
      .countersignAll('2022-12-10')
      .reportCompletion('2022-12-15', '统一集中办理在全国检察机关全面推开。')
      .accept('2022-12-28', '完成质量高')
      .rate('2023-01-10', 'excellent'),
    story({
      code: '2022-02',
      title: '部署开展未检社会支持体系示范单位建设工作',
      description: '部署开展未成年人检察社会支持体系示范单位建设，推动司法保护与其他“五大保护”融合。',
      category: '未成年人检察',
      leadLeaderId: 'leader-juvenile',
      leadUnitId: 'dept-9',
      coUnitIds: [],
      deadline: '2022-11-30',
    })
      .acknowledge('2022-02-11')
      .plan('2022-03-01', '确定示范单位建设标准，组织申报评审。', [['印发建设标准', '2022-04-30']])
      .progress('2022-07-15', 60, '已确定首批示范单位候选名单。')
      .reportCompletion('2022-11-20', '首批示范单位建设完成。')
      .accept('2022-11-29')
      .rate('2022-12-20', 'good'),
    story({
      code: '2022-03',
      title: '推进人民监督员“四大检察”“十大业务”全覆盖、“十种参与监督方式”全覆盖、各级检察院全覆盖',
      description: '推进人民监督员监督工作三个全覆盖。',
      category: '人民监督员',
      leadLeaderId: 'leader-office',
      leadUnitId: 'general-office',
      coUnitIds: ['case-management'],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-14')
      .plan('2022-03-10', '分业务条线梳理人民监督员参与方式，逐级推进覆盖。', [
        ['四大检察全覆盖', '2022-06-30'],
        ['各级检察院全覆盖', '2022-12-31'],
      ])
      .progress('2022-05-30', 30, '“四大检察”已实现覆盖，“十大业务”推进中。')
      .urge('2022-09-05', '2022-03-u1', '三季度进展未按时报送，请说明各级检察院覆盖情况。', '2022-09-15')
      .progress('2022-09-14', 70, '已覆盖省、市两级检察院，基层院推进中。', '2022-03-u1'),
    story({
      code: '2022-04',
      title: '认真贯彻落实中央人才工作会议精神，依法审慎办理涉科研经费案件',
      description: '依法审慎办理涉科研经费案件，保护科研人员创新积极性。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-3',
      coUnitIds: [],
      deadline: '2022-10-31',
    })
      .acknowledge('2022-02-12')
      .plan('2022-03-05', '制定涉科研经费案件办理指引，开展案件评查。', [['办理指引', '2022-06-30']])
      .instruction('2022-03-20', '要把握好罪与非罪界限，既依法惩治又保护创新。')
      .progress('2022-08-01', 80, '指引已起草，完成案件评查。')
      .reportCompletion('2022-10-20', '办理指引已下发，评查案件全部完成。'),
    story({
      code: '2022-05',
      title: '发布治理网络黑灰产业和反不正当竞争的典型案例',
      description: '发布治理网络黑灰产业和反不正当竞争的典型案例。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-4',
      coUnitIds: ['ip-office'],
      deadline: '2022-06-30',
    })
      .acknowledge('2022-02-10')
      .plan('2022-02-20', '征集、遴选、审定并发布典型案例。', [['案例征集', '2022-04-15']])
      .outcome('2022-06-10', 'typical_case', '治理网络黑灰产业犯罪典型案例（第一批）')
      .countersignAll('2022-06-15')
      .reportCompletion('2022-06-20', '典型案例已发布。')
      .accept('2022-06-28')
      .rate('2022-07-15', 'good'),
    story({
      code: '2022-06',
      title: '督促指导各地检察机关准确把握涉税案件法律政策，依法惩治逃税骗税犯罪',
      description: '依法惩治逃税骗税犯罪，分析税收监管漏洞和薄弱环节，依法提出检察建议。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-4',
      coUnitIds: [],
      deadline: '2022-09-30',
    })
      .acknowledge('2022-02-15')
      .plan('2022-03-01', '梳理涉税案件法律政策适用问题，开展专项指导。', [['专项指导', '2022-08-31']])
      .requestExtension('2022-09-10', '2022-06-e1', '2022-12-31', '检察建议需与税务部门会商，申请延期。')
      .approveExtension('2022-09-15', '2022-06-e1')
      .progress('2022-11-30', 90, '已向税务部门制发检察建议。')
      .outcome('2022-12-10', 'report', '涉税犯罪案件分析报告')
      .reportCompletion('2022-12-20', '专项指导完成，检察建议已落实。')
      .accept('2022-12-30'),
    story({
      code: '2022-07',
      title: '落实全面从严管党治检，组织开展最高检党组系统内巡视整改“回头看”',
      description: '对中央巡视整改落实情况进行“回头看”，自查自纠，促进整改提升。',
      category: '队伍建设/巡视整改',
      leadLeaderId: 'leader-inspection',
      leadUnitId: 'inspection-office',
      coUnitIds: ['political-dept'],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-09')
      .plan('2022-02-28', '制定“回头看”工作方案，分批开展。', [
        ['工作方案', '2022-03-31'],
        ['自查自纠', '2022-09-30'],
      ])
      .milestoneDone('2022-03-30', 1)
      .milestoneDone('2022-09-25', 2)
      .countersignAll('2022-11-25')
      .reportCompletion('2022-11-30', '“回头看”完成，整改问题清单已销号。')
      .accept('2022-12-15')
      .openLookBack('2023-03-01', '2022-07-r1', '部分整改事项存在反弹，需巩固整改成效。')
      .reportRectification('2023-04-15', '已对反弹问题逐项整改并建立长效机制。'),
    story({
      code: '2022-08',
      title: '研发民事案件虚假诉讼智慧监督系统',
      description: '运用大数据、人工智能等现代科技提升虚假诉讼监督质效。',
      category: '科技/大数据',
      leadLeaderId: 'leader-civil',
      leadUnitId: 'dept-6',
      coUnitIds: ['tech-centre'],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-16')
      .plan('2022-03-15', '需求分析、系统开发、试点应用。', [
        ['需求分析', '2022-04-30'],
        ['系统上线试运行', '2022-10-31'],
      ])
      .milestoneDone('2022-04-28', 1)
      .askCooperation('2022-05-10', '2022-08-c1', 'tech-centre', '请提供裁判文书数据接口与模型算力支持。')
      .provideCooperation('2022-05-20', '2022-08-c1', 'tech-centre', '数据接口已开通，算力资源已分配。')
      .progress('2022-10-15', 70, '系统完成开发，进入试运行。')
      .requestExtension('2022-12-01', '2022-08-e1', '2023-03-31', '试点地区数据对接需延长。'),
    story({
      code: '2022-09',
      title: '研究制定公益诉讼重大案件标准、类案证据指引、调查取证和出庭工作规范',
      description: '研究制定公益诉讼重大案件标准、类案证据指引、调查取证和出庭工作规范。',
      category: '公益诉讼检察',
      leadLeaderId: 'leader-public-interest',
      leadUnitId: 'dept-8',
      coUnitIds: [],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-14')
      .plan('2022-03-01', '分三项规范分别起草，征求意见后印发。', [
        ['重大案件标准', '2022-06-30'],
        ['证据指引与出庭规范', '2022-11-30'],
      ])
      .reportCompletion('2022-11-25', '三项规范已起草完成。')
      .returnForRework('2022-12-05', '出庭工作规范尚未征求地方意见，请补充后重报。')
      .progress('2022-12-20', 90, '已征求12个省级院意见，正在修改。'),
    story({
      code: '2022-10',
      title: '制定关于办理轻伤害案件的指导意见',
      description: '制定关于办理轻伤害案件的指导意见。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-1',
      coUnitIds: [],
      deadline: '2022-06-30',
    })
      .acknowledge('2022-02-10')
      .plan('2022-02-22', '联合公安部起草指导意见。', [['征求意见稿', '2022-04-30']])
      .milestoneDone('2022-04-26', 1)
      .outcome('2022-06-15', 'rule', '《关于办理轻伤害案件适用法律若干问题的指导意见》')
      .reportCompletion('2022-06-20', '指导意见已联合印发。')
      .accept('2022-06-29')
      .rate('2022-07-20', 'excellent'),
    story({
      code: '2022-11',
      title: '全面落实认罪认罚从宽案件听取意见同步录音录像制度',
      description: '全面落实认罪认罚从宽案件听取意见同步录音录像制度。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-1',
      coUnitIds: ['tech-centre'],
      deadline: '2022-12-31',
    }).acknowledge('2022-02-18'),
    story({
      code: '2022-12',
      title: '全面推行无罪判决、撤回起诉等案件反向审视和分析报告制度',
      description: '全面推行无罪判决、撤回起诉等案件反向审视和分析报告制度。',
      category: '刑事检察',
      leadLeaderId: 'leader-criminal',
      leadUnitId: 'dept-2',
      coUnitIds: [],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-15')
      .plan('2022-03-10', '建立反向审视报告模板，按季度报送。', [['报告模板', '2022-04-30']])
      .suspend('2022-07-01', '待相关司法解释出台后统一部署，暂缓推进。'),
    story({
      code: '2022-13',
      title: '出台简易公开听证指导意见，在全国范围内全面推开',
      description: '出台简易公开听证指导意见，在全国范围内全面推开。',
      category: '控告申诉检察',
      leadLeaderId: 'leader-office',
      leadUnitId: 'dept-10',
      coUnitIds: [],
      deadline: '2022-09-30',
    })
      .sendBack('2022-02-11', '简易公开听证涉及各业务条线，应由案件管理办公室牵头。')
      .reassign('2022-02-14', 'case-management', ['dept-10'], '改由案件管理办公室牵头，第十检察厅配合。')
      .acknowledge('2022-02-15')
      .plan('2022-03-01', '起草指导意见，选取地区先行。', [['指导意见印发', '2022-06-30']])
      .progress('2022-06-28', 60, '指导意见已印发，各地陆续推开。'),
    story({
      code: '2022-14',
      title: '制定相对薄弱基层检察院“脱薄”办法和标准',
      description: '督促指导各省级检察院对标检视，符合标准的出列，不符合标准的继续攻坚，确定新一批相对薄弱基层检察院。',
      category: '基层建设',
      leadLeaderId: 'leader-political',
      leadUnitId: 'political-dept',
      coUnitIds: [],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-12')
      .plan('2022-03-01', '制定“脱薄”标准，组织对标检视。', [['办法和标准', '2022-05-31']])
      .outcome('2022-05-25', 'rule', '《相对薄弱基层检察院“脱薄”办法和标准》')
      .reportCompletion('2022-12-10', '首批出列名单已确定，新一批薄弱院已明确。')
      .accept('2022-12-26')
      .rate('2023-01-12', 'pass'),
    story({
      code: '2022-15',
      title: '借鉴监狱巡回检察经验，全面推开看守所巡回检察，积极探索开展社区矫正巡回检察',
      description: '全面推开看守所巡回检察，积极探索开展社区矫正巡回检察。',
      category: '刑事执行检察',
      leadLeaderId: 'member-execution',
      leadUnitId: 'dept-5',
      coUnitIds: [],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-11')
      .plan('2022-02-28', '总结监狱巡回检察经验，制定看守所巡回检察工作办法。', [
        ['工作办法', '2022-05-31'],
        ['社区矫正巡回检察试点', '2022-10-31'],
      ])
      .instruction('2022-03-15', '要注重发现深层次问题，推动溯源治理。')
      .milestoneDone('2022-05-30', 1)
      .progress('2022-08-31', 65, '看守所巡回检察已在全国推开，社区矫正试点启动。'),
    story({
      code: '2022-16',
      title: '开展知识产权刑事、民事、行政检察统一履职试点，集中统一办理一批示范引领性案件',
      description: '督促指导试点地区检察机关树立精准监督理念，集中统一办理一批具有示范引领性的案件。',
      category: '知识产权',
      leadLeaderId: 'member-ip',
      leadUnitId: 'ip-office',
      coUnitIds: ['dept-4', 'dept-6', 'dept-7'],
      deadline: '2022-12-31',
    })
      .acknowledge('2022-02-10')
      .plan('2022-02-25', '指导试点地区集中统一办理案件，编发典型案例。', [['试点指导', '2022-08-31']])
      .outcome('2022-10-10', 'typical_case', '知识产权检察综合履职典型案例')
      .countersignAll('2022-12-01')
      .reportCompletion('2022-12-05', '试点地区统一履职机制运行良好。'),
    story({
      code: '2022-17',
      title: '总结一批涉未成年人全方位综合司法保护典型案例',
      description: '总结一批全方位集中统一办理涉未成年人刑事、民事、行政、公益诉讼的典型案例。',
      category: '未成年人检察',
      leadLeaderId: 'leader-juvenile',
      leadUnitId: 'dept-9',
      coUnitIds: ['dept-8'],
      deadline: '2022-08-31',
    }).cancel('2022-03-01', '并入2022-01任务统一推进，本项撤销。'),
    story({
      code: '2022-18',
      title: '以检察大数据战略赋能法律监督，研究“元宇宙”等对司法办案提出的新要求',
      description: '充分挖掘、用好大数据，以“数字革命”驱动法律监督整体提质增效。',
      category: '科技/大数据',
      leadLeaderId: 'leader-office',
      leadUnitId: 'tech-centre',
      coUnitIds: [],
      deadline: '2022-12-31',
    }),
  ];
}
