/** The console's pages; each role starts on its own, and only signed-in users get past the sign-in page. */
import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Shell } from './components/Shell';
import { SignInCallbackPage, SignInPage } from './pages/SignInPage';
import { loadBoardPage, loadedBoardPage, prefetchBoard } from './board-warm-up';
import { CALLBACK_PATH } from './oidc';
import { homeOf, useSession } from './session';

// Each page is its own chunk: the first screen loads only the shell and the sign-in page.
const BoardPage = lazy(loadBoardPage);
const TaskPage = lazy(() => import('./pages/TaskPage'));
const TodoPage = lazy(() => import('./pages/TodoPage'));
const LeaderPage = lazy(() => import('./pages/LeaderPage'));
const DashboardsPage = lazy(() => import('./pages/DashboardsPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const OperatorPage = lazy(() => import('./pages/OperatorPage'));
const InboxPage = lazy(() => import('./pages/InboxPage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));

function SignedIn({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return (
    <Shell>
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>{children}</Suspense>
    </Shell>
  );
}

/** Starts the board's first reads at once (a navigation within the console; a fresh tab started them before rendering). */
function BoardRoute() {
  const queries = useQueryClient();
  const { session } = useSession();
  useEffect(() => {
    if (session) prefetchBoard(queries);
  }, [queries, session]);
  const Loaded = loadedBoardPage();
  return <SignedIn>{Loaded ? <Loaded /> : <BoardPage />}</SignedIn>;
}

export function ConsoleRoutes() {
  const { session } = useSession();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path={CALLBACK_PATH} element={<SignInCallbackPage />} />
      <Route
        path="/"
        element={session ? <Navigate to={homeOf(session.user.role)} replace /> : <Navigate to="/sign-in" replace />}
      />
      <Route path="/board" element={<BoardRoute />} />
      <Route
        path="/tasks/:taskId"
        element={
          <SignedIn>
            <TaskPage />
          </SignedIn>
        }
      />
      <Route
        path="/todo"
        element={
          <SignedIn>
            <TodoPage />
          </SignedIn>
        }
      />
      <Route
        path="/leader"
        element={
          <SignedIn>
            <LeaderPage />
          </SignedIn>
        }
      />
      <Route
        path="/dashboards"
        element={
          <SignedIn>
            <DashboardsPage />
          </SignedIn>
        }
      />
      <Route
        path="/audit"
        element={
          <SignedIn>
            <AuditPage />
          </SignedIn>
        }
      />
      <Route
        path="/operator"
        element={
          <SignedIn>
            <OperatorPage />
          </SignedIn>
        }
      />
      <Route
        path="/inbox"
        element={
          <SignedIn>
            <InboxPage />
          </SignedIn>
        }
      />
      <Route
        path="/reports"
        element={
          <SignedIn>
            <ReportsPage />
          </SignedIn>
        }
      />
      <Route
        path="/import"
        element={
          <SignedIn>
            <ImportPage />
          </SignedIn>
        }
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
