import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RealtimeGateway } from './realtime.gateway';
import { SocketAuthenticator } from './socket-authenticator';
import { SocketEmitter } from './socket-emitter';
import { VideoRoomAccess } from './video-room-access';

@Global()
@Module({
  imports: [AuthModule],
  providers: [RealtimeGateway, SocketAuthenticator, VideoRoomAccess, SocketEmitter],
  exports: [SocketEmitter],
})
export class RealtimeModule {}
