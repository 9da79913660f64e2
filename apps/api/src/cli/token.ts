/** `npm run token -- <user>`: prints a bearer token for a demo user, signed with the local secret. */
import { JwtService } from '@nestjs/jwt';
import { loadAppConfig } from '@app/runtime';
import { TokenVerifier } from '../auth/token-verifier';
import { DEMO_USERS } from '../demo/demo-users';
import { resolveTokenSettings } from '../runtime/token-settings';

function main(): void {
  const name = process.argv[2];
  const user = name ? DEMO_USERS[name] : undefined;
  if (!user) {
    const list = Object.entries(DEMO_USERS).map(([key, u]) => `  ${key.padEnd(11)} ${u.role.padEnd(10)} ${u.name ?? ''} — ${u.description}`);
    process.stderr.write(`usage: npm run token -- <user>\n\ndemo users:\n${list.join('\n')}\n`);
    process.exit(name ? 1 : 0);
  }
  const { description: _, ...claims } = user;
  const verifier = new TokenVerifier(new JwtService({}), resolveTokenSettings(loadAppConfig()));
  process.stdout.write(verifier.sign(claims) + '\n');
}

main();
