import type { TokenService } from '../auth/token.service';

/** Whom a call counts against: the person of a valid token, else the caller's address. */
export function rateLimitSubject(tokens: TokenService, token: string | undefined, ip: string): string {
  const payload = token ? tokens.verify(token) : null;
  return payload ? `user:${payload.sub}` : `ip:${ip}`;
}
