/** Answers as the demo data gives them, shown in the OpenAPI document beside each directory read. */
const PAGE = { page: 1, limit: 50, pages: 1 };

export const PROGRAMME_EXAMPLE = {
  id: 'spp-2022',
  title: '最高检党组2022年重点督办任务',
  year: 2022,
  issuedOn: '2022-02-08',
  plannedTaskCount: 68,
  status: 'launched',
  statusLabel: '督办中',
  launchedAt: '2022-02-08T02:00:00.000Z',
  summary: null,
  closedAt: null,
};

export const PROGRAMME_PAGE_EXAMPLE = {
  total: 2,
  ...PAGE,
  items: [
    {
      ...PROGRAMME_EXAMPLE,
      id: 'spp-current',
      title: '最高检党组2026年重点督办任务',
      year: 2026,
      issuedOn: '2026-10-23',
      launchedAt: '2026-10-23T02:00:00.000Z',
    },
    PROGRAMME_EXAMPLE,
  ],
};

export const UNIT_EXAMPLE = {
  id: 'dept-9',
  name: '第九检察厅（未成年人检察）',
  kind: 'department',
  kindLabel: '内设机构',
  registeredAt: '2022-01-20T02:00:00.000Z',
};
export const OFFICIAL_EXAMPLE = {
  id: 'leader-juvenile',
  title: '分管未成年人检察的院领导',
  kind: 'leader',
  kindLabel: '院领导',
  unit: null,
  registeredAt: '2022-01-20T02:00:00.000Z',
};

export const UNIT_PAGE_EXAMPLE = {
  total: 1,
  ...PAGE,
  items: [UNIT_EXAMPLE],
};

export const OFFICIAL_PAGE_EXAMPLE = {
  total: 1,
  ...PAGE,
  items: [OFFICIAL_EXAMPLE],
};

const NOT_FOUND_DETAIL = 'no programme spp-1999 in the read models';
export const PROGRAMME_NOT_FOUND_EXAMPLE = {
  type: '/api/docs#problem-PROGRAMME_NOT_FOUND',
  title: 'Not Found',
  status: 404,
  detail: NOT_FOUND_DETAIL,
  instance: '/api/programmes/spp-1999',
  code: 'PROGRAMME_NOT_FOUND',
  statusCode: 404,
  error: 'NOT_FOUND',
  message: NOT_FOUND_DETAIL,
};
