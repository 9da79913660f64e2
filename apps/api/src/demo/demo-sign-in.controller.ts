/**
 * The embedded demo's sign-in: the console lists the demo users and signs in as one of them without
 * a password. Only in demo mode (the embedded `npm start`, never production, and only with the local
 * secret): otherwise both routes answer 404 DEMO_MODE_OFF, as if they did not exist.
 */
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  NotFoundException,
  Post,
  UseGuards,
  type CanActivate,
} from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../http/api-route';
import { IsIn, IsString } from 'class-validator';
import { ROLES } from '@app/supervision';
import { Public } from '../auth/public.decorator';
import { TokenVerifier } from '../auth/token-verifier';
import { DEMO_USERS } from './demo-users';

/** Whether the demo sign-in answers; true only for the embedded demo (see main.ts). */
export const DEMO_SIGN_IN = Symbol('DEMO_SIGN_IN');
const DEMO_USER_KEYS = Object.keys(DEMO_USERS);
const TOKEN_LIFETIME = '12h';

export class DemoUserView {
  @ApiProperty({
    enum: DEMO_USER_KEYS,
    description: 'the name to sign in with (as with `npm run token -- <user>`)',
    example: 'supervisor',
  })
  user: string;
  @ApiProperty({ description: 'the token’s subject', example: 'duban-office' }) userId: string;
  @ApiProperty({ enum: ROLES, example: 'supervisor' }) role: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the unit of a unit member', example: 'dept-9' })
  unitId: string | null;
  @ApiProperty({ example: '督办办公室' }) name: string;
  @ApiProperty({ example: 'issues, urges, accepts, returns, reviews, cancels' }) description: string;
}

export class DemoUsersView {
  @ApiProperty({ type: [DemoUserView] }) users: DemoUserView[];
}

export class DemoSignInDto {
  @ApiProperty({ enum: DEMO_USER_KEYS, description: 'one of the demo users', example: 'supervisor' })
  @IsString()
  @IsIn(DEMO_USER_KEYS, { message: `$property must be one of ${DEMO_USER_KEYS.join(', ')}` })
  user: string;
}

export class DemoTokenView {
  @ApiProperty({ description: 'a bearer token for the user, signed with the local secret' }) token: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ example: TOKEN_LIFETIME, description: 'how long the token is valid' }) expiresIn: string;
  @ApiProperty({ type: DemoUserView }) user: DemoUserView;
}

function userView(user: string): DemoUserView {
  const { sub, role, unit, name, description } = DEMO_USERS[user];
  return { user, userId: sub, role, unitId: unit ?? null, name: name ?? user, description };
}

/** A guard, so that outside demo mode nothing is looked at: not the body, not the user named. */
@Injectable()
export class DemoModeGuard implements CanActivate {
  constructor(@Inject(DEMO_SIGN_IN) private readonly enabled: boolean) {}

  canActivate(): boolean {
    if (!this.enabled)
      throw new NotFoundException({
        code: 'DEMO_MODE_OFF',
        message: 'the demo sign-in exists only in the embedded demo (not in production, not with SEED_DEMO=false)',
      });
    return true;
  }
}

@ApiTags('demo')
@Controller('api/demo')
@UseGuards(DemoModeGuard)
export class DemoSignInController {
  constructor(private readonly tokens: TokenVerifier) {}

  @Get('users')
  @Public()
  @ApiRoute({
    summary: 'The demo users the console’s sign-in page lists (demo mode only)',
    description:
      'The embedded demo’s users, one per role. Answers 404 DEMO_MODE_OFF outside demo mode (production, or SEED_DEMO=false).',
    parties: 'public',
    ok: { type: DemoUsersView, description: 'the demo users' },
    answers: { 404: 'not in demo mode (DEMO_MODE_OFF)' },
  })
  users(): DemoUsersView {
    return { users: DEMO_USER_KEYS.map(userView) };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Sign in as a demo user: a bearer token for it (demo mode only)',
    description:
      'No password: the demo’s users are public. A name that is not one of the demo users is a 400 (VALIDATION_FAILED, details name the field). Answers 404 DEMO_MODE_OFF outside demo mode, before the body is looked at.',
    parties: 'public',
    ok: { type: DemoTokenView, description: 'a token for the user' },
    answers: { 404: 'not in demo mode (DEMO_MODE_OFF)' },
    takesBody: true,
  })
  signIn(@Body() body: DemoSignInDto): DemoTokenView {
    const { description: _, ...claims } = DEMO_USERS[body.user];
    return {
      token: this.tokens.sign(claims, TOKEN_LIFETIME),
      tokenType: 'Bearer',
      expiresIn: TOKEN_LIFETIME,
      user: userView(body.user),
    };
  }
}
