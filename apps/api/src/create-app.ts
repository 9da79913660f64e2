/** Builds the HTTP application (used by main and by the end-to-end tests, so they test what runs). */
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module';
import { DEFAULT_HTTP_SETTINGS } from '@app/runtime';
import { applyHttpSecurity } from './http/http-security';
import { JSON_BODY_OPTIONS } from './http/json-body';
import { createValidationPipe } from './http/validation.pipe';
import { defaultConsoleDir, serveConsole } from './console/serve-console';

export async function createApp(options: AppModuleOptions, logLevels: LogLevel[] | false = ['error', 'warn', 'log']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), { logger: logLevels, bodyParser: false });
  // One explicit limit: a larger body is a 413, not a slow parse.
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  applyHttpSecurity(app, options.http ?? DEFAULT_HTTP_SETTINGS);
  app.useGlobalPipes(createValidationPipe());
  // The console's pages and files at `/`; /api and /health stay the API's.
  serveConsole(app, options.consoleDir ?? defaultConsoleDir());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Supervision ledger (重点任务督办)')
      .setDescription(
        'Commands change tasks by appending events; every response carries the stream revision (ETag, send it back as If-Match) and the global position reached. Send Idempotency-Key to make a retry safe.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
