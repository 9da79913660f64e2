/**
 * GET /: where a person who opens the server's address lands. For now the API documentation; the
 * console, once it exists, takes this route over (this controller is all there is to replace).
 */
import { Controller, Get, HttpStatus, Redirect } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/public.decorator';

export const HOME_TARGET = '/api/docs';

@ApiTags('operations')
@Controller()
export class HomeController {
  @Get()
  @Public()
  @SkipThrottle()
  @Redirect(HOME_TARGET, HttpStatus.FOUND)
  @ApiOperation({
    summary: 'The start page: sends a browser to the API documentation',
    description: 'Needs no token. Answers 302 with `Location: /api/docs`, the interactive OpenAPI documentation (Swagger UI), where a token from `npm run token -- <user>` can be entered once under Authorize and is kept across reloads.',
  })
  @ApiResponse({ status: HttpStatus.FOUND, description: 'Redirect to the API documentation.', headers: { Location: { description: 'Where to go: the API documentation.', schema: { type: 'string', example: HOME_TARGET } } } })
  home(): void {}
}
