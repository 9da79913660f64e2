/** Times every HTTP answer by method, route template (not the raw path: ids would explode the series) and status. */
import type { IRoute, NextFunction, Request, Response } from 'express';
import type { LedgerMetrics } from '@app/runtime';

export function httpMetricsMiddleware(metrics: LedgerMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    response.once('finish', () => {
      // Express types the matched route as any; it is an IRoute once a route matched.
      const template = (request.route as IRoute | undefined)?.path;
      const route = template ? `${request.baseUrl}${template}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
