/**
 * Sign-in, as GET /api/console/config says: through the organisation's OpenID Connect provider
 * (production), or, in the embedded demo, as one of the demo users (one per role; a click signs in,
 * no password).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../api/client';
import { preloadBoardWhenIdle } from '../board-warm-up';
import { useLang } from '../i18n';
import { roleDuties, roleLabel } from '../labels';
import { beginOidcSignIn, completeOidcSignIn, type OidcConfig } from '../oidc';
import { homeOf, useSession } from '../session';

const useConsoleConfig = () =>
  useQuery({
    queryKey: ['console-config'],
    queryFn: () => unwrap(api.GET('/api/console/config')),
    staleTime: Infinity,
  });

export function SignInPage() {
  const { session, signIn } = useSession();
  const { t, lang, setLang } = useLang();
  const navigate = useNavigate();
  const config = useConsoleConfig();
  const oidc = config.data?.signIn === 'oidc' ? config.data.oidc : undefined;
  const users = useQuery({
    queryKey: ['demo-users'],
    queryFn: () => unwrap(api.GET('/api/demo/users')),
    enabled: config.data?.signIn === 'demo',
  });
  const [leaving, setLeaving] = useState<Error | null | 'pending'>(null);
  const signingIn = useMutation({
    mutationFn: (user: Schemas['DemoSignInDto']['user']) => unwrap(api.POST('/api/demo/sign-in', { body: { user } })),
    onSuccess: (answer) => {
      signIn({ token: answer.token, user: answer.user });
      void navigate(homeOf(answer.user.role));
    },
  });
  // Most who sign in land on the board: its code loads while they pick who they are.
  useEffect(() => preloadBoardWhenIdle(), []);
  if (session) return <Navigate to={homeOf(session.user.role)} replace />;
  return (
    <main style={{ maxWidth: 720, margin: '48px auto', padding: 16 }}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
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
        {oidc ? (
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
                {t('统一身份认证登录', 'Sign in with your organisation')}
              </Typography.Title>
            }
          >
            <Space orientation="vertical">
              <Typography.Text>
                {t(
                  `将转到身份认证服务（${new URL(oidc.issuer).host}）登录，登录后返回本系统。`,
                  `You will sign in at the identity provider (${new URL(oidc.issuer).host}) and come back here.`,
                )}
              </Typography.Text>
              <Button
                type="primary"
                loading={leaving === 'pending'}
                onClick={() => {
                  setLeaving('pending');
                  beginOidcSignIn(oidc).catch((error: unknown) =>
                    setLeaving(error instanceof Error ? error : new Error(String(error))),
                  );
                }}
              >
                {t('登录', 'Sign in')}
              </Button>
              {leaving instanceof Error ? (
                <Alert
                  type="error"
                  showIcon
                  title={t(
                    `无法连接身份认证服务：${leaving.message}`,
                    `Cannot reach the identity provider: ${leaving.message}`,
                  )}
                />
              ) : null}
            </Space>
          </Card>
        ) : (
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
                {t('选择演示用户登录', 'Sign in as a demo user')}
              </Typography.Title>
            }
          >
            {users.error || config.data?.signIn === 'none' ? (
              <Alert
                type="info"
                showIcon
                title={t(
                  '演示登录未开启（仅嵌入式演示环境提供）',
                  'Demo sign-in is off (only the embedded demo has it)',
                )}
              />
            ) : (
              <List
                loading={users.isLoading}
                dataSource={users.data?.users ?? []}
                renderItem={(user) => (
                  <List.Item
                    actions={[
                      <Button
                        key="sign-in"
                        type="primary"
                        onClick={() => signingIn.mutate(user.user)}
                        loading={signingIn.isPending && signingIn.variables === user.user}
                        aria-label={`${t('登录', 'Sign in')} ${user.name}`}
                      >
                        {t('登录', 'Sign in')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={user.name}
                      description={
                        // The role and what it does in Chinese; the sign-in name (as `npm run token` takes it) only as a footnote.
                        <Space size={4} wrap>
                          <Tag color="blue">{roleLabel(user.role, lang)}</Tag>
                          <Typography.Text>{roleDuties(user.role, lang)}</Typography.Text>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t(`（账号 ${user.user}）`, `(user ${user.user})`)}
                          </Typography.Text>
                        </Space>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
            {signingIn.error ? <Alert type="error" showIcon title={signingIn.error.message} /> : null}
          </Card>
        )}
      </Space>
    </main>
  );
}

/** Back from the provider with the code: exchange it, sign in, go to the role's page (the code leaves the address bar). */
export function SignInCallbackPage() {
  const { signIn } = useSession();
  const { t } = useLang();
  const navigate = useNavigate();
  const config = useConsoleConfig();
  const [failure, setFailure] = useState<string | null>(null);
  // The code is good once: StrictMode's second effect run must not spend it again.
  const started = useRef(false);
  useEffect(() => {
    const oidc: OidcConfig | undefined = config.data?.signIn === 'oidc' ? config.data.oidc : undefined;
    if (!oidc || started.current) return;
    started.current = true;
    completeOidcSignIn(oidc)
      .then(({ token, user }) => {
        signIn({ token, user });
        void navigate(homeOf(user.role), { replace: true });
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [config.data, navigate, signIn]);
  return (
    <main style={{ maxWidth: 720, margin: '48px auto', padding: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('重点任务督办台账', 'Supervision ledger for key tasks')}
      </Typography.Title>
      {failure ? (
        <Alert
          type="error"
          showIcon
          title={t(`登录未完成：${failure}`, `Sign-in failed: ${failure}`)}
          action={
            <Button onClick={() => navigate('/sign-in', { replace: true })}>{t('重新登录', 'Sign in again')}</Button>
          }
        />
      ) : (
        <Typography.Text>{t('正在完成登录…', 'Completing sign-in…')}</Typography.Text>
      )}
    </main>
  );
}
