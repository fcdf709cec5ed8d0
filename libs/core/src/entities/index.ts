import { AuditLog } from './audit-log.entity';
import { Category } from './category.entity';
import { Comment } from './comment.entity';
import { Download } from './download.entity';
import { Notification } from './notification.entity';
import { Playlist } from './playlist.entity';
import { PlaylistItem } from './playlist-item.entity';
import { Reaction } from './reaction.entity';
import { Report } from './report.entity';
import { SourceInfo } from './source-info.entity';
import { Subscription } from './subscription.entity';
import { Tag } from './tag.entity';
import { User } from './user.entity';
import { Video } from './video.entity';
import { VideoRendition } from './video-rendition.entity';

export {
  AuditLog,
  Category,
  Comment,
  Download,
  Notification,
  Playlist,
  PlaylistItem,
  Reaction,
  Report,
  SourceInfo,
  Subscription,
  Tag,
  User,
  Video,
  VideoRendition,
};
export { BaseEntity } from './base.entity';

export const ENTITIES = [
  AuditLog,
  Category,
  Comment,
  Download,
  Notification,
  Playlist,
  PlaylistItem,
  Reaction,
  Report,
  SourceInfo,
  Subscription,
  Tag,
  User,
  Video,
  VideoRendition,
];
