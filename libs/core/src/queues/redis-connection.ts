/**
 * Connection settings from REDIS_URL, shared by BullMQ, the socket adapter, the emitter and the caches.
 * A plain object, so that ioredis and BullMQ both accept it.
 */
export interface RedisConnectionSettings {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
  /** BullMQ workers block on Redis; they must not give up on a slow answer. */
  maxRetriesPerRequest: null;
}

export function redisOptions(redisUrl: string): RedisConnectionSettings {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
