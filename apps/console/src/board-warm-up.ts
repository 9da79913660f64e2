/**
 * The board opens fast when its work starts before React renders anything: its chunk and its first
 * reads (the page asked for and the directory of its filters) travel while the entry script is still
 * rendering the shell, instead of after the route mounted. The sign-in page asks for the chunk
 * when idle, so the board that follows a sign-in has its code already.
 */
import type { QueryClient } from '@tanstack/react-query';
import { INITIAL_BOARD_FILTERS, boardQuery } from './board-query';
import { DIRECTORY_QUERIES } from './directory';

type BoardPageModule = typeof import('./pages/BoardPage');
let boardPageModule: BoardPageModule | undefined;

/** The board page's chunk; `lazy` and the warm-up share the one import, so it is fetched once. */
export const loadBoardPage = (): Promise<BoardPageModule> =>
  import('./pages/BoardPage').then((loaded) => (boardPageModule = loaded));

/** The board's page if its chunk is in already: rendered at once, without a loading fallback React would hold for 300 ms. */
export const loadedBoardPage = () => boardPageModule?.default;

/** The board's first reads (the signed-in reader's token must already be set on the client). */
export function prefetchBoard(queries: QueryClient): void {
  void queries.prefetchQuery(boardQuery(INITIAL_BOARD_FILTERS));
  void queries.prefetchQuery(DIRECTORY_QUERIES.units);
  void queries.prefetchQuery(DIRECTORY_QUERIES.leaders);
  void queries.prefetchQuery(DIRECTORY_QUERIES.programmes);
}

/** At start-up, for the page opened: a signed-in tab opening the board starts its reads and chunk at once; answers the chunk's loading. */
export function warmUpBoard(queries: QueryClient, path: string, signedIn: boolean): Promise<unknown> | undefined {
  if (!signedIn || path !== '/board') return undefined;
  // The reads first: the browser has six connections to the API's origin, and the chunk's dozen files would queue them.
  prefetchBoard(queries);
  // A chunk that fails to load is the lazy route's to report, not the start-up's to stop at.
  return loadBoardPage().catch(() => undefined);
}

/** When the browser is idle: the chunk only (the reads need a reader), for the board a sign-in leads to. */
export function preloadBoardWhenIdle(): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => void loadBoardPage());
  return () => cancel(handle);
}
