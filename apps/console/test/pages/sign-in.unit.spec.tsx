/**
 * @jest-environment ./apps/console/test/support/jsdom-with-fetch.js
 *
 * The demo sign-in page, in Chinese: each demo user by their Chinese name, with their role and what
 * it does in Chinese; the sign-in name the API knows them by only as a footnote, never as a role.
 */
import { configure, screen, within } from '@testing-library/react';
import { installBrowserStandIns, renderInConsole } from '../support/render-form';

configure({ asyncUtilTimeout: 10_000 });

const DEMO_USERS = [
  {
    user: 'supervisor',
    userId: 'duban-office',
    role: 'supervisor',
    unitId: null,
    name: '督办办公室',
    description: 'issues, urges, accepts, returns, reviews, cancels',
  },
  {
    user: 'co-unit',
    userId: 'dept-1-staff',
    role: 'unit',
    unitId: 'dept-1',
    name: '第一检察厅工作人员',
    description: 'a member of a co-operating department',
  },
  { user: 'admin', userId: 'operator', role: 'admin', unitId: null, name: '运维', description: 'operates the system' },
];

installBrowserStandIns((request) => {
  const path = new URL(request.url).pathname;
  if (path === '/api/console/config') return { status: 200, body: { signIn: 'demo' } };
  if (path === '/api/demo/users') return { status: 200, body: { users: DEMO_USERS } };
  return { status: 404, body: {} };
});

// Imported after the stand-ins: the API client takes the fetch it will use when it is created.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SignInPage } = require('../../src/pages/SignInPage') as typeof import('../../src/pages/SignInPage');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LangProvider } = require('../../src/i18n') as typeof import('../../src/i18n');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SessionProvider } = require('../../src/session') as typeof import('../../src/session');

async function openSignIn(): Promise<void> {
  renderInConsole(
    <SessionProvider>
      <LangProvider>
        <SignInPage />
      </LangProvider>
    </SessionProvider>,
  );
  await screen.findByRole('button', { name: '登录 督办办公室' });
}

const entryOf = (name: string) =>
  screen
    .getByText(name, { exact: true, selector: '.ant-list-item-meta-title' })
    .closest('.ant-list-item') as HTMLElement;

describe('the demo sign-in page (选择演示用户登录)', () => {
  it('given the demo users, then each is listed by their Chinese name with the Chinese name of their role', async () => {
    await openSignIn();
    expect(within(entryOf('督办办公室')).getByText('督办办公室', { selector: '.ant-tag' })).toBeTruthy();
    expect(within(entryOf('第一检察厅工作人员')).getByText('承办单位', { selector: '.ant-tag' })).toBeTruthy();
    expect(within(entryOf('运维')).getByText('运维', { selector: '.ant-tag' })).toBeTruthy();
  });

  it('given the demo users, then what each role does is said in Chinese, not in the API’s English description', async () => {
    await openSignIn();
    expect(entryOf('督办办公室').textContent).toContain('立项交办、催办');
    expect(entryOf('第一检察厅工作人员').textContent).toContain('会签');
    expect(document.body.textContent).not.toContain('issues, urges');
  });

  it('given a unit member, then neither the role key nor the unit id is shown as a label: the sign-in name is a footnote', async () => {
    await openSignIn();
    const entry = entryOf('第一检察厅工作人员');
    const tags = Array.from(entry.querySelectorAll('.ant-tag'), (tag) => tag.textContent);
    expect(tags).toEqual(['承办单位']);
    expect(entry.textContent).not.toContain('dept-1');
    expect(within(entry).getByText('（账号 co-unit）').className).toContain('secondary');
  });
});
