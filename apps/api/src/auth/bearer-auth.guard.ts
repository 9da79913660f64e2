/** Every route needs a valid bearer token unless marked @Public(); 401 otherwise (logged by the errors filter). */
import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './current-actor.decorator';
import { InvalidToken, TokenVerifier } from './token-verifier';

@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException({ code: 'TOKEN_MISSING', message: 'a bearer token is required' });
    try {
      request.actor = await this.verifier.verifyForRequest(request, match[1]);
      return true;
    } catch (error) {
      if (!(error instanceof InvalidToken)) throw error;
      throw new UnauthorizedException({
        code: 'TOKEN_INVALID',
        message: `the bearer token is not valid: ${error.message}`,
      });
    }
  }
}
