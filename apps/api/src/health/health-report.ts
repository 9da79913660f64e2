/** What /health tells any caller: each dependency's up or down, without the driver's own words. */
import type { HealthCheckResult, HealthIndicatorResult } from '@nestjs/terminus';

/**
 * The route is public and unthrottled, so its answer must not carry a driver's error text (it can
 * name hosts, users, database names, versions); a probe needs only which dependency is down.
 */
export function publicHealthReport(report: HealthCheckResult): HealthCheckResult {
  return {
    status: report.status,
    ...(report.info ? { info: statusesOf(report.info) } : {}),
    ...(report.error ? { error: statusesOf(report.error) } : {}),
    details: statusesOf(report.details),
  };
}

/** One line for the operator's log: each failed dependency with what its driver said. */
export function failureSummary(report: HealthCheckResult): string {
  const failed = Object.entries(report.error ?? {}).map(([name, result]) =>
    result?.message ? `${name} (${String(result.message)})` : name,
  );
  return `health check failed: ${failed.join(', ') || report.status}`.replace(/[\r\n]+/g, ' ');
}

function statusesOf(results: Partial<HealthIndicatorResult>): HealthIndicatorResult {
  return Object.fromEntries(
    Object.entries(results).flatMap(([name, result]) => (result ? [[name, { status: result.status }]] : [])),
  );
}
