import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { RealtimeGateway } from './realtime.gateway';
import { SocketAuthenticator } from './socket-authenticator';
import { SocketEmitter } from './socket-emitter';
import { SocketRateLimit } from './socket-rate-limit';
import { VideoRoomAccess } from './video-room-access';

@Global()
@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [RealtimeGateway, SocketAuthenticator, SocketRateLimit, VideoRoomAccess, SocketEmitter],
  exports: [SocketEmitter],
})
export class RealtimeModule {}
