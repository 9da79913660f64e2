/**
 * The demo organisation, from the source report (最高检党组督办2022年68项重点任务): the programme,
 * the units that lead or co-operate, and the leaders in charge by title (never by real names).
 */
export const DEMO_PROGRAMME = {
  programmeId: 'spp-2022',
  title: '最高检党组2022年重点督办任务',
  year: 2022,
  issuedOn: '2022-02-08',
  plannedTaskCount: 68,
} as const;

export const DEMO_UNITS = [
  { unitId: 'dept-1', name: '第一检察厅（普通犯罪检察）', kind: 'department' },
  { unitId: 'dept-2', name: '第二检察厅（重大犯罪检察）', kind: 'department' },
  { unitId: 'dept-3', name: '第三检察厅（职务犯罪检察）', kind: 'department' },
  { unitId: 'dept-4', name: '第四检察厅（经济犯罪检察）', kind: 'department' },
  { unitId: 'dept-5', name: '第五检察厅（刑事执行检察）', kind: 'department' },
  { unitId: 'dept-6', name: '第六检察厅（民事检察）', kind: 'department' },
  { unitId: 'dept-7', name: '第七检察厅（行政检察）', kind: 'department' },
  { unitId: 'dept-8', name: '第八检察厅（公益诉讼检察）', kind: 'department' },
  { unitId: 'dept-9', name: '第九检察厅（未成年人检察）', kind: 'department' },
  { unitId: 'dept-10', name: '第十检察厅（控告申诉检察）', kind: 'department' },
  { unitId: 'case-management', name: '案件管理办公室', kind: 'department' },
  { unitId: 'political-dept', name: '政治部', kind: 'department' },
  { unitId: 'inspection-office', name: '巡视工作领导小组办公室', kind: 'department' },
  { unitId: 'ip-office', name: '知识产权检察办公室', kind: 'department' },
  { unitId: 'general-office', name: '办公厅（人民监督员办公室）', kind: 'department' },
  { unitId: 'tech-centre', name: '检察技术信息研究中心', kind: 'institution' },
] as const;

export const DEMO_LEADERS = [
  { officialId: 'leader-criminal', title: '分管刑事检察的院领导', kind: 'leader' },
  { officialId: 'leader-civil', title: '分管民事检察的院领导', kind: 'leader' },
  { officialId: 'leader-public-interest', title: '分管公益诉讼检察的院领导', kind: 'leader' },
  { officialId: 'leader-juvenile', title: '分管未成年人检察的院领导', kind: 'leader' },
  { officialId: 'leader-political', title: '分管政治工作的院领导', kind: 'leader' },
  { officialId: 'leader-inspection', title: '分管巡视工作的院领导', kind: 'leader' },
  { officialId: 'leader-office', title: '分管办公厅的院领导', kind: 'leader' },
  { officialId: 'member-execution', title: '检委会专职委员（刑事执行检察）', kind: 'committee_member' },
  { officialId: 'member-ip', title: '检委会专职委员（知识产权检察）', kind: 'committee_member' },
] as const;

export type DemoUnitId = (typeof DEMO_UNITS)[number]['unitId'];
export type DemoLeaderId = (typeof DEMO_LEADERS)[number]['officialId'];
