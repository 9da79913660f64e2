/**
 * The board opens fast when its work starts before React renders anything: its chunk and its first
 * reads (the page asked for and the directory of its filters) travel while the entry script is still
 * rendering the shell, instead of after the route mounted. The sign-in page asks for the chunk
 * when idle, so the board that follows a sign-in has its code already.
 */
import type { QueryClient } from '@tanstack/react-query';
import { INITIAL_BOARD_FILTERS, boardQuery } from './board-query';
import { DIRECTORY_QUERIES } from './directory';

/** The board page's chunk; `lazy` and the warm-up share the one import, so it is fetched once. */
export const loadBoardPage = () => import('./pages/BoardPage');

/** The board's first reads (the signed-in reader's token must already be set on the client). */
export function prefetchBoard(queries: QueryClient): void {
  void queries.prefetchQuery(boardQuery(INITIAL_BOARD_FILTERS));
  void queries.prefetchQuery(DIRECTORY_QUERIES.units);
  void queries.prefetchQuery(DIRECTORY_QUERIES.leaders);
  void queries.prefetchQuery(DIRECTORY_QUERIES.programmes);
}

/** At start-up, for the page opened: a signed-in tab opening the board starts its chunk and reads at once. */
export function warmUpBoard(queries: QueryClient, path: string, signedIn: boolean): void {
  if (!signedIn || path !== '/board') return;
  // The reads first: the browser has six connections to the API's origin, and the chunk's dozen files would queue them.
  prefetchBoard(queries);
  void loadBoardPage();
}

/** When the browser is idle: the chunk only (the reads need a reader), for the board a sign-in leads to. */
export function preloadBoardWhenIdle(): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => void loadBoardPage());
  return () => cancel(handle);
}
