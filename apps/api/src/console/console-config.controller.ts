/**
 * What the console needs to know before anyone is signed in: how to sign in. Public, and holds
 * nothing secret (a public OIDC client has no secret: PKCE stands in for it).
 */
import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { ApiRoute } from '../http/api-route';
import { CONSOLE_OIDC, type ConsoleOidcSettings } from './console-sign-in';

/** Whether the demo's sign-in answers (the same decision as DemoModule's). */
export const CONSOLE_DEMO_SIGN_IN = Symbol('CONSOLE_DEMO_SIGN_IN');

export class ConsoleOidcView {
  @ApiProperty({
    description: 'the provider’s issuer: its discovery document is at /.well-known/openid-configuration under it',
    example: 'https://id.example.org',
  })
  issuer: string;
  @ApiProperty({
    description: 'the console’s client id at the provider (a public client: authorization code with PKCE)',
    example: 'ledger-console',
  })
  clientId: string;
  @ApiProperty({ description: 'the scopes asked for', example: 'openid profile' }) scope: string;
  @ApiPropertyOptional({
    description: 'the API as a resource indicator (RFC 8707): the access token’s audience',
    example: 'ledger-api',
  })
  resource?: string;
}

export class ConsoleConfigView {
  @ApiProperty({
    enum: ['oidc', 'demo', 'none'],
    description:
      'oidc: through the organisation’s identity provider; demo: the embedded demo’s users; none: tokens from elsewhere only',
    example: 'demo',
  })
  signIn: 'oidc' | 'demo' | 'none';
  @ApiPropertyOptional({ type: ConsoleOidcView, description: 'with signIn = oidc' }) oidc?: ConsoleOidcView;
}

@ApiTags('console')
@Controller('api/console')
export class ConsoleConfigController {
  constructor(
    @Inject(CONSOLE_DEMO_SIGN_IN) private readonly demo: boolean,
    @Optional() @Inject(CONSOLE_OIDC) private readonly oidc?: ConsoleOidcSettings,
  ) {}

  @Get('config')
  @Public()
  @ApiRoute({
    summary:
      'How the console signs in: through the OpenID Connect provider (its issuer and the console’s public client), or the demo’s users',
    description:
      'Read by the console before sign-in. With OIDC_CLIENT_ID set, signIn is oidc and the console runs the authorization code flow with PKCE against the issuer; the token it gets stays in the tab (memory and session storage), never in a URL. In the embedded demo, signIn is demo (GET /api/demo/users).',
    parties: 'public',
    ok: { type: ConsoleConfigView, description: 'how to sign in' },
  })
  config(): ConsoleConfigView {
    if (this.oidc) return { signIn: 'oidc', oidc: { ...this.oidc } };
    return { signIn: this.demo ? 'demo' : 'none' };
  }
}
