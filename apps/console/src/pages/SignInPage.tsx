/** The embedded demo's sign-in: the demo users, one per role; a click signs in (no password in the demo). */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../api/client';
import { useLang } from '../i18n';
import { homeOf, useSession } from '../session';

const ROLE_LABELS: Record<string, [string, string]> = {
  supervisor: ['督办办公室', 'Supervision office'],
  leader: ['院领导', 'Leader'],
  unit: ['承办单位', 'Unit'],
  auditor: ['审计（巡视/纪检）', 'Auditor'],
  reader: ['看板', 'Reader'],
  admin: ['运维', 'Operator'],
};

export function roleLabel(role: string, t: (zh: string, en: string) => string): string {
  const [zh, en] = ROLE_LABELS[role] ?? [role, role];
  return t(zh, en);
}

export function SignInPage() {
  const { session, signIn } = useSession();
  const { t, lang, setLang } = useLang();
  const navigate = useNavigate();
  const users = useQuery({ queryKey: ['demo-users'], queryFn: () => unwrap(api.GET('/api/demo/users')) });
  const signingIn = useMutation({
    mutationFn: (user: Schemas['DemoSignInDto']['user']) => unwrap(api.POST('/api/demo/sign-in', { body: { user } })),
    onSuccess: (answer) => {
      signIn({ token: answer.token, user: answer.user });
      void navigate(homeOf(answer.user.role));
    },
  });
  if (session) return <Navigate to={homeOf(session.user.role)} replace />;
  return (
    <main style={{ maxWidth: 720, margin: '48px auto', padding: 16 }}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {t('重点任务督办台账', 'Supervision ledger for key tasks')}
          </Typography.Title>
          <Segmented
            aria-label={t('语言', 'Language')}
            value={lang}
            onChange={(value) => setLang(value as 'zh' | 'en')}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Space>
        <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>{t('选择演示用户登录', 'Sign in as a demo user')}</Typography.Title>}>
          {users.error ? (
            <Alert type="info" showIcon title={t('演示登录未开启（仅嵌入式演示环境提供）', 'Demo sign-in is off (only the embedded demo has it)')} />
          ) : (
            <List
              loading={users.isLoading}
              dataSource={users.data?.users ?? []}
              renderItem={(user) => (
                <List.Item
                  actions={[
                    <Button key="sign-in" type="primary" onClick={() => signingIn.mutate(user.user as Schemas['DemoSignInDto']['user'])} loading={signingIn.isPending && signingIn.variables === user.user} aria-label={`${t('登录', 'Sign in')} ${user.name}`}>
                      {t('登录', 'Sign in')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={user.name} description={<Space><Tag>{roleLabel(user.role, t)}</Tag>{user.unitId ? <Tag>{user.unitId}</Tag> : null}<Typography.Text type="secondary">{user.user}</Typography.Text></Space>} />
                </List.Item>
              )}
            />
          )}
          {signingIn.error ? <Alert type="error" showIcon title={signingIn.error.message} /> : null}
        </Card>
      </Space>
    </main>
  );
}
