/** Builds the HTTP application (used by main and by the end-to-end tests, so they test what runs). */
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module';
import { DEFAULT_HTTP_SETTINGS } from '@app/runtime';
import { applyHttpSecurity } from './http/http-security';
import { buildOpenApiDocument } from './http/openapi-document';
import { JSON_BODY_OPTIONS } from './http/json-body';
import { createValidationPipe } from './http/validation.pipe';

export async function createApp(options: AppModuleOptions, logLevels: LogLevel[] | false = ['error', 'warn', 'log']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), { logger: logLevels, bodyParser: false });
  // One explicit limit: a larger body is a 413, not a slow parse.
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  applyHttpSecurity(app, options.http ?? DEFAULT_HTTP_SETTINGS);
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(app);
  // persistAuthorization: the token typed into Authorize survives a reload of the page.
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', swaggerOptions: { persistAuthorization: true } });
  return app;
}
