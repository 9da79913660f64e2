/**
 * Serves the supervision console (apps/console, built by `npm run build` into dist/console) at `/`
 * from the API's own origin: the bundle's files as they are, and index.html for any other page of
 * the console (its client-side routes, e.g. /tasks/t-1), so a reload or a shared link works.
 * Never for /api, /health and /metrics: those stay the API's, unknown ones included (a JSON 404, not a page).
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const API_PATHS = /^\/(api|health|metrics)(\/|$)/;

/** dist/console under the checkout (the folder holding package.json), from the sources (tests) and from dist alike. */
export function defaultConsoleDir(from: string = __dirname): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return join(folder, 'dist', 'console');
}

/** Returns false when the console was not built (only the API answers then). */
export function serveConsole(app: NestExpressApplication, consoleDir: string): boolean {
  const index = join(consoleDir, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(consoleDir, {
    index: false,
    // The bundle's files carry a content hash in their name: they never change, so they may be kept.
    setHeaders: (response, path) => {
      if (path.includes(`${join(consoleDir, 'assets')}`))
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (API_PATHS.test(request.path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    files(request, response, () => {
      // Not a file of the bundle: a page of the console, unless the path names a file (an asset that is not there).
      if (/\.[A-Za-z0-9]+$/.test(request.path)) return next();
      response.sendFile(index);
    });
  });
  return true;
}
