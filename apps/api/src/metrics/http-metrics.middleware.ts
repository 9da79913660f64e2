/** Times every HTTP answer by method, route template (not the raw path: ids would explode the series) and status. */
import type { NextFunction, Request, Response } from 'express';
import type { LedgerMetrics } from '@app/runtime';

export function httpMetricsMiddleware(metrics: LedgerMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    response.once('finish', () => {
      const route = request.route?.path ? `${request.baseUrl}${String(request.route.path)}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
