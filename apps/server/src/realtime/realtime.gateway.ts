import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { isPrivileged, Rooms, SocketEvents, WatchRequest } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { deliverNotificationBatches } from './notification-batches';
import { SocketAuthenticator } from './socket-authenticator';
import { SocketRateLimit } from './socket-rate-limit';
import { VideoRoomAccess } from './video-room-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The socket of a signed-in person, or of a guest who sent no token (no user room: only the live rooms of
 * videos anyone may watch). A token that is not valid is refused at the handshake.
 */
@WebSocketGateway({ cors: { origin: true, credentials: true } })
export class RealtimeGateway implements OnGatewayInit {
  private readonly logger = new Logger('Realtime');

  @WebSocketServer()
  server: Server;

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly videoRooms: VideoRoomAccess,
    private readonly rateLimit: SocketRateLimit,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token = socket.handshake.auth?.token ?? bearer(socket.handshake.headers.authorization);
      this.admit(socket, typeof token === 'string' ? token : undefined).then(
        () => next(),
        (error: Error) => next(new Error(error.message)),
      );
    });
    deliverNotificationBatches(server);
    this.logger.log('socket.io ready at /socket.io/');
  }

  @SubscribeMessage(SocketEvents.watch)
  async watch(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: WatchRequest,
  ): Promise<{ ok: boolean; error?: string }> {
    const videoId = body?.videoId;
    if (typeof videoId !== 'string' || !UUID.test(videoId)) return { ok: false };
    const refusal = await this.rateLimit.refusal(socket.data.rateLimitSubject as string);
    if (refusal) return { ok: false, error: refusal };
    const allowed = await this.videoRooms.mayWatch(socket.data.user as RequestUser | null, videoId);
    if (allowed) await socket.join(Rooms.video(videoId));
    return { ok: allowed };
  }

  /** Counts the handshake against its sender's rate limit, then tells who it is (null for a guest). */
  private async admit(socket: Socket, token: string | undefined): Promise<void> {
    const subject = this.rateLimit.subjectOf(socket, token);
    const refusal = await this.rateLimit.refusal(subject);
    if (refusal) throw new Error(refusal);
    const user = await this.authenticator.authenticate(token);
    socket.data.rateLimitSubject = subject;
    socket.data.user = user;
    if (user) void socket.join(Rooms.user(user.id));
    if (user && isPrivileged(user.role)) void socket.join(Rooms.moderators);
  }

  @SubscribeMessage(SocketEvents.unwatch)
  async unwatch(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: WatchRequest,
  ): Promise<{ ok: boolean }> {
    if (typeof body?.videoId === 'string') await socket.leave(Rooms.video(body.videoId));
    return { ok: true };
  }
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}
