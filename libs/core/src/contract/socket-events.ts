import type { DownloadStatus, NotificationType, VideoStatus } from './enums';

/** Socket.IO event names and payloads, declared once for server, worker and clients. */
export const SocketEvents = {
  videoProgress: 'video.progress',
  downloadProgress: 'download.progress',
  notification: 'notification',
  commentCreated: 'comment.created',
  /** the edited `CommentView` */
  commentUpdated: 'comment.updated',
  commentDeleted: 'comment.deleted',
  reportCreated: 'report.created',
  /** client → server: join the `video:{id}` room of a watch page */
  watch: 'watch',
  unwatch: 'unwatch',
} as const;

export interface VideoProgressEvent {
  videoId: string;
  status: VideoStatus;
  progress: number;
  stage: string;
}

export interface DownloadProgressEvent {
  downloadId: string;
  status: DownloadStatus;
  progress: number;
  etaSeconds: number | null;
  bytes: number;
}

export interface NotificationEvent {
  id: string;
  type: NotificationType;
  createdAt: string;
  [key: string]: unknown;
}

/** A comment removed from a video; a removed top-level comment takes its `replyCount` replies with it. */
export interface CommentDeletedEvent {
  id: string;
  videoId: string;
  parentId: string | null;
  replyCount: number;
}

export interface WatchRequest {
  videoId: string;
}

export const Rooms = {
  user: (userId: string) => `user:${userId}`,
  video: (videoId: string) => `video:${videoId}`,
  moderators: 'moderators',
} as const;
