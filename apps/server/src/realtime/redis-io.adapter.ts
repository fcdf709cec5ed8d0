import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig, RedisKeys, redisOptions } from '@clipstream/core';

/** Socket.IO on the HTTP port, with rooms shared by every server node through Redis. */
export class RedisIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, { ...options, path: '/socket.io/' });
    const pub = new Redis(redisOptions(this.config.REDIS_URL));
    const sub = pub.duplicate();
    for (const client of [pub, sub]) {
      // ioredis reconnects by itself; an outage is reported by /api/health, not by a crash
      client.on('error', () => undefined);
      this.clients.push(client);
    }
    server.adapter(createAdapter(pub, sub, { key: RedisKeys.socketIo(this.config.REDIS_PREFIX) }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
  }
}
