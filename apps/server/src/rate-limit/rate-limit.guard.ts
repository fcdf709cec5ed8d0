import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenService } from '../auth/token.service';
import { clientIp } from '../common/client-ip';
import { rateLimitSubject } from './rate-limit-subject';
import { RateLimitBucket, RateLimiter, tooManyRequests } from './rate-limiter';

const EXTRA_BUCKET = 'rateLimitBucket';
const SKIP = 'rateLimitSkip';

/** Adds a per-IP bucket (e.g. 'auth' for login and register) on top of the general API limit. */
export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(EXTRA_BUCKET, bucket);
/** For probes (health, metrics) that must keep answering under load. */
export const SkipRateLimit = () => SetMetadata(SKIP, true);

/**
 * Global guard: every API call counts against RATE_LIMIT_API per user (per IP when anonymous);
 * routes marked with @RateLimit add their own bucket, counted per IP.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(SKIP, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const ip = clientIp(request);

    const extra = this.reflector.getAllAndOverride<RateLimitBucket>(EXTRA_BUCKET, targets);
    if (extra) await this.check(reply, extra, `ip:${ip}`);
    await this.check(reply, 'api', this.subject(request, ip));
    return true;
  }

  private subject(request: FastifyRequest, ip: string): string {
    const header = request.headers.authorization;
    return rateLimitSubject(this.tokens, header?.startsWith('Bearer ') ? header.slice(7) : undefined, ip);
  }

  private async check(reply: FastifyReply, bucket: RateLimitBucket, subject: string): Promise<void> {
    const decision = await this.limiter.consume(bucket, subject);
    if (decision.allowed) return;
    void reply.header('Retry-After', String(decision.retryAfterSeconds));
    throw new HttpException(tooManyRequests(decision.retryAfterSeconds), HttpStatus.TOO_MANY_REQUESTS);
  }
}
