/**
 * Every Redis key the platform writes starts with REDIS_PREFIX, so that several installations (or test
 * runs) can share one Redis. Server and worker must agree on these, hence one definition.
 */
export const RedisKeys = {
  /** BullMQ's own prefix for all queues. */
  bull: (prefix: string) => `${prefix}:bull`,
  /** The channel prefix of @socket.io/redis-adapter and @socket.io/redis-emitter. */
  socketIo: (prefix: string) => `${prefix}:socket.io`,
  rateLimit: (prefix: string, bucket: string, subject: string) => `${prefix}:rl:${bucket}:${subject}`,
  cache: (prefix: string, name: string) => `${prefix}:cache:${name}`,
} as const;
