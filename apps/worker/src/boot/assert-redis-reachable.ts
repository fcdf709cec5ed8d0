import Redis from 'ioredis';
import { redisOptions, ServiceUnreachableError } from '@clipstream/core';

/** Fails fast instead of letting BullMQ's connections retry forever against a Redis that is not there. */
export async function assertRedisReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis({
    ...redisOptions(url),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // connect() only says "Connection is closed"; the socket error says why
  let socketError: Error | undefined;
  client.on('error', (error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new ServiceUnreachableError('Redis', url, 'REDIS_URL', socketError ?? error);
  } finally {
    client.disconnect();
  }
}
