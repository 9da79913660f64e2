/**
 * The console's entry: small on purpose. Before the rest of the console (React DOM, Ant Design, the
 * routes) has arrived, it restores the tab's session and, for a board opened in a fresh tab, starts
 * the board's reads and its page's chunk, so the API answers and the code travel side by side
 * instead of one after the other. The console renders once its code is in, with the board's page
 * already loaded, so the board shows at its first render instead of behind a loading fallback.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { warmUpBoard } from './board-warm-up';
import { restoreSession } from './session-store';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused read (403, 404) will not change by asking again; a read model behind (503) will.
      retry: (failures, error) => failures < 3 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 5_000,
    },
  },
});

const boardPage = warmUpBoard(queryClient, window.location.pathname, restoreSession() !== null);

void Promise.all([import('./console-app'), boardPage]).then(([{ renderConsole }]) =>
  renderConsole(document.getElementById('root')!, queryClient),
);
