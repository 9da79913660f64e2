/** The demo users, one per role and a second unit (a co-unit of the juvenile tasks): `npm run token -- <user>` prints a bearer token for it. */
import type { TokenClaims } from '../auth/token-claims';

export const DEMO_USERS: Record<string, TokenClaims & { readonly description: string }> = {
  supervisor: {
    sub: 'duban-office',
    role: 'supervisor',
    name: '督办办公室',
    description: 'issues, urges, accepts, returns, reviews, cancels',
  },
  leader: {
    sub: 'leader-juvenile',
    role: 'leader',
    name: '分管未成年人检察的院领导',
    description: 'leads the juvenile tasks: instructions, plans, reports',
  },
  unit: {
    sub: 'dept-9-staff',
    role: 'unit',
    unit: 'dept-9',
    name: '第九检察厅工作人员',
    description: 'a member of the juvenile department: acts on its tasks',
  },
  'co-unit': {
    sub: 'dept-1-staff',
    role: 'unit',
    unit: 'dept-1',
    name: '第一检察厅工作人员',
    description: 'a member of a co-operating department: countersigns the juvenile tasks it co-operates on',
  },
  auditor: {
    sub: 'inspection-auditor',
    role: 'auditor',
    name: '巡视/纪检',
    description: 'reads everything, issues no command',
  },
  reader: { sub: 'dashboard', role: 'reader', name: '看板', description: 'reads the read models' },
  admin: { sub: 'operator', role: 'admin', name: '运维', description: 'operates the system; no domain command' },
};
