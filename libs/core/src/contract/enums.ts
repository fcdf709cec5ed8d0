/** Value lists shared by the database, the API and the clients. Pure data: safe to import in a browser. */
export const USER_ROLES = ['user', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const VIDEO_STATUSES = ['pending', 'processing', 'ready', 'failed'] as const;
export type VideoStatus = (typeof VIDEO_STATUSES)[number];

export const VISIBILITIES = ['public', 'unlisted', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VIDEO_SOURCES = ['upload', 'import', 'clip'] as const;
export type VideoSource = (typeof VIDEO_SOURCES)[number];

export const DOWNLOAD_STATUSES = ['pending', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type DownloadStatus = (typeof DOWNLOAD_STATUSES)[number];

export const REACTION_KINDS = ['like', 'dislike'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const REPORT_TARGETS = ['video', 'comment'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export const REPORT_STATUSES = ['open', 'resolved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const NOTIFICATION_TYPES = [
  'video.published',
  'comment.reply',
  'comment.new',
  'subscriber.new',
  'video.ready',
  'video.failed',
  'download.completed',
  'download.failed',
  'report.resolved',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export function isPrivileged(role: UserRole): boolean {
  return role === 'moderator' || role === 'admin';
}
