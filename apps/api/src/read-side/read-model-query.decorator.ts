/**
 * Marks a GET as a read-model query: bearer token, read-your-writes wait on the named read models.
 * Prefer @ApiRoute({ readModels: [...] }) (http/api-route.ts), which does the same and documents the
 * whole route (the document test asks for it); this one is kept for routes not yet moved to it.
 */
import { SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { READ_MODELS_READ, ReadYourWritesInterceptor } from './read-your-writes.interceptor';

export function ReadModelQuery(...readModels: string[]) {
  return applyDecorators(
    SetMetadata(READ_MODELS_READ, readModels),
    UseInterceptors(ReadYourWritesInterceptor),
    ApiBearerAuth(),
    ApiHeader({
      name: 'X-Min-Position',
      required: false,
      description: 'a position a command answered with: wait (up to 5 s) until the read models reflect it',
    }),
    ApiQuery({ name: 'minPosition', required: false, type: String, description: 'same as X-Min-Position' }),
    ApiBadRequestResponse({ description: 'a malformed parameter or position, named in the message' }),
    ApiUnauthorizedResponse({ description: 'no or bad bearer token' }),
    ApiServiceUnavailableResponse({
      description: 'X-Min-Position not reached in time (READ_MODEL_BEHIND); see Retry-After',
    }),
  );
}
