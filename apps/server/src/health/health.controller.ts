import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HealthView } from '@clipstream/core';
import { SkipRateLimit } from '../rate-limit/rate-limit.guard';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
@SkipRateLimit()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView & { message?: string }> {
    const result = await this.health.check();
    if (result.status === 'ok') return result;
    const down = [result.db === 'down' && 'database', result.redis === 'down' && 'redis'].filter(Boolean);
    void reply.status(503);
    return { ...result, message: `Unavailable: ${down.join(' and ')} not reachable` };
  }
}
