import { Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { AppConfig, InjectConfig } from '@clipstream/core';
import { TokenService } from '../auth/token.service';
import { handshakeIp, ProxyTrust, proxyTrust } from '../common/client-ip';
import { rateLimitSubject } from '../rate-limit/rate-limit-subject';
import { RateLimiter, tooManyRequests } from '../rate-limit/rate-limiter';

/**
 * Socket handshakes and `watch` requests count against RATE_LIMIT_API as HTTP calls do, per person, or
 * per address for guests: each costs a database lookup, and a guest needs no account to open one.
 */
@Injectable()
export class SocketRateLimit {
  private readonly trust: ProxyTrust;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly tokens: TokenService,
    @InjectConfig() config: AppConfig,
  ) {
    this.trust = proxyTrust(config.TRUST_PROXY);
  }

  subjectOf(socket: Socket, token: string | undefined): string {
    return rateLimitSubject(this.tokens, token, handshakeIp(socket.request, this.trust));
  }

  /** Null when `subject` may go on, else what to tell them. */
  async refusal(subject: string): Promise<string | null> {
    const decision = await this.limiter.consume('api', subject);
    return decision.allowed ? null : tooManyRequests(decision.retryAfterSeconds);
  }
}
