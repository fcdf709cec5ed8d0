import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { VideosModule } from '../videos/videos.module';
import { CommentNotices } from './comment-notices';
import { CommentStore } from './comment-store';
import { CommentThreads } from './comment-threads';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({
  imports: [NotificationsModule, VideosModule],
  controllers: [CommentsController],
  providers: [CommentsService, CommentThreads, CommentStore, CommentNotices],
  exports: [CommentStore, CommentNotices],
})
export class CommentsModule {}
