/** The frame of every signed-in page: the menu for the role, the language switch, who is signed in. */
import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useLang } from '../i18n';
import { useLiveReadModels } from '../live';
import { useSession } from '../session';

interface Item {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  readonly roles: readonly string[];
}

const ITEMS: readonly Item[] = [
  { path: '/todo', zh: '待办', en: 'To-do', roles: ['unit'] },
  { path: '/leader', zh: '我分管的任务', en: 'My tasks', roles: ['leader'] },
  {
    path: '/board',
    zh: '督办台账',
    en: 'Board',
    roles: ['supervisor', 'unit', 'leader', 'auditor', 'reader', 'admin'],
  },
  {
    path: '/dashboards',
    zh: '统计分析',
    en: 'Dashboards',
    roles: ['supervisor', 'unit', 'leader', 'auditor', 'reader', 'admin'],
  },
  // Every role may read a programme's reports (the API's ANY_ROLE).
  {
    path: '/reports',
    zh: '报表',
    en: 'Reports',
    roles: ['supervisor', 'unit', 'leader', 'auditor', 'reader', 'admin'],
  },
  // The import is the supervision office's alone (the API refuses it to any other role).
  { path: '/import', zh: '导入', en: 'Import', roles: ['supervisor'] },
  { path: '/audit', zh: '审计', en: 'Audit', roles: ['auditor'] },
  { path: '/operator', zh: '运维', en: 'Operations', roles: ['admin', 'supervisor'] },
  { path: '/inbox', zh: '通知', en: 'Notifications', roles: ['supervisor', 'unit', 'leader'] },
];

export function Shell({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const { t, lang, setLang } = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  // Every signed-in page is live: what another user changes shows without a reload.
  useLiveReadModels(session?.token ?? null);
  const role = session?.user.role ?? '';
  const items = ITEMS.filter((item) => item.roles.includes(role)).map((item) => ({
    key: item.path,
    label: t(item.zh, item.en),
  }));
  const selected = items.find((item) => location.pathname.startsWith(item.key))?.key ?? '/board';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#7f0000', paddingInline: 24 }}
      >
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('重点任务督办台账', 'Supervision ledger')}
        </Typography.Title>
        <nav aria-label={t('主菜单', 'Main menu')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            items={items}
            onClick={({ key }) => navigate(key)}
            style={{ background: 'transparent' }}
          />
        </nav>
        <Space>
          <Segmented
            aria-label={t('语言', 'Language')}
            value={lang}
            onChange={(value) => setLang(value as 'zh' | 'en')}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
            {session?.user.name}
          </Typography.Text>
          <Button
            size="small"
            onClick={() => {
              signOut();
              void navigate('/sign-in');
            }}
          >
            {t('退出', 'Sign out')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
