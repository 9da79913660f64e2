/** Builds the HTTP application (used by main and by the end-to-end tests, so they test what runs). */
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module';
import { DEFAULT_HTTP_SETTINGS, LedgerMetrics, useProcessLogger, type LogLevelName } from '@app/runtime';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { httpTracingMiddleware } from './tracing/http-tracing.middleware';
import { requestLogging } from './http/request-logging';
import { applyHttpSecurity } from './http/http-security';
import { buildOpenApiDocument } from './http/openapi-document';
import { JSON_BODY_OPTIONS } from './http/json-body';
import { createValidationPipe } from './http/validation.pipe';
import { defaultConsoleDir, serveConsole } from './console/serve-console';

/** `logLevel` false: nothing logged (the specs, unless they capture the log). */
export async function createApp(
  options: AppModuleOptions,
  logLevel: LogLevelName | false = 'log',
): Promise<NestExpressApplication> {
  const logger = useProcessLogger(logLevel === false ? 'silent' : logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger,
    bodyParser: false,
  });
  // First, so that every answer is timed and logged, refusals and malformed bodies included.
  app.use(httpMetricsMiddleware(app.get(LedgerMetrics)));
  app.use(httpTracingMiddleware());
  app.use(requestLogging());
  // One explicit limit: a larger body is a 413, not a slow parse.
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  // The console's page talks to the identity provider too (discovery, the token exchange).
  applyHttpSecurity(
    app,
    options.http ?? DEFAULT_HTTP_SETTINGS,
    options.consoleOidc ? [new URL(options.consoleOidc.issuer).origin] : [],
  );
  app.useGlobalPipes(createValidationPipe());
  // The console's pages and files at `/`; /api and /health stay the API's.
  serveConsole(app, options.consoleDir ?? defaultConsoleDir());
  const document = buildOpenApiDocument(app);
  // persistAuthorization: the token typed into Authorize survives a reload of the page.
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  return app;
}
