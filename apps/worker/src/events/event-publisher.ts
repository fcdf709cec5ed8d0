import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import Redis from 'ioredis';
import {
  AppConfig,
  InjectConfig,
  NOTIFICATION_BATCH_EVENT,
  NotificationBatch,
  RedisKeys,
  Rooms,
  redisOptions,
} from '@clipstream/core';
import { WorkerEventName, WorkerEventPayload } from './worker-events';

/**
 * Sends events to browsers without a Socket.IO server of its own: messages go through Redis to every
 * server node (their redis-adapter listens on the same key), which delivers them to the room's sockets.
 */
@Injectable()
export class EventPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(EventPublisher.name);
  private readonly redis: Redis;
  /** Untyped: the public methods hold the event → payload typing. */
  private readonly emitter: Emitter;

  constructor(@InjectConfig() config: AppConfig) {
    // connects on the first event, so a process that never publishes holds no connection
    this.redis = new Redis({ ...redisOptions(config.REDIS_URL), lazyConnect: true });
    this.redis.on('error', (err) => this.logger.warn({ err }, 'event publisher cannot reach Redis'));
    this.emitter = new Emitter(this.redis, { key: RedisKeys.socketIo(config.REDIS_PREFIX) });
  }

  /** To every tab of one person (their own jobs and notifications). */
  toUser<E extends WorkerEventName>(userId: string, event: E, payload: WorkerEventPayload<E>): void {
    this.publish(Rooms.user(userId), event, payload);
  }

  /** To everyone watching a video's page. */
  toVideo<E extends WorkerEventName>(videoId: string, event: E, payload: WorkerEventPayload<E>): void {
    this.publish(Rooms.video(videoId), event, payload);
  }

  /**
   * A `notification` to each person of a batch, in one Redis message rather than one per person: every
   * server node receives it and tells its own sockets.
   */
  toEachRecipient(batch: NotificationBatch): void {
    this.emitter.serverSideEmit(NOTIFICATION_BATCH_EVENT, batch);
  }

  async onApplicationShutdown(): Promise<void> {
    // quit() sends what is still queued; a client that never connected has nothing to send
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }

  private publish(room: string, event: WorkerEventName, payload: unknown): void {
    this.emitter.to(room).emit(event, payload);
  }
}
