import { Injectable } from '@nestjs/common';
import { Rooms } from '@clipstream/core';
import { RealtimeGateway } from './realtime.gateway';

/** How services reach browsers from the server side (the worker uses the Redis emitter instead). */
@Injectable()
export class SocketEmitter {
  constructor(private readonly gateway: RealtimeGateway) {}

  toUser(userId: string, event: string, payload: unknown): void {
    this.gateway.server.to(Rooms.user(userId)).emit(event, payload);
  }

  toVideo(videoId: string, event: string, payload: unknown): void {
    this.gateway.server.to(Rooms.video(videoId)).emit(event, payload);
  }

  toModerators(event: string, payload: unknown): void {
    this.gateway.server.to(Rooms.moderators).emit(event, payload);
  }

  /** Ends every live socket of a person (after a ban), on whichever node it is connected. */
  disconnectUser(userId: string): void {
    this.gateway.server.in(Rooms.user(userId)).disconnectSockets(true);
  }
}
