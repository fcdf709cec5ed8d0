import type { NotificationEvent, NotificationType } from '@clipstream/contract';

/** Where a notification leads, as router commands. */
export interface NotificationLink {
  commands: string[];
  queryParams?: Record<string, string>;
}

/** A notification as people read it: a heading (a browser notification's title) and a sentence. */
export interface NotificationDisplay {
  icon: string;
  heading: string;
  text: string;
  link: NotificationLink | null;
}

/** What each type is about, as the settings page offers them. */
export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, string> = {
  'video.published': 'New videos from channels you follow',
  'comment.reply': 'Replies to your comments',
  'comment.new': 'Comments on your videos',
  'subscriber.new': 'New subscribers to your channel',
  'video.ready': 'Your upload is ready to watch',
  'video.failed': 'Your upload could not be processed',
  'download.completed': 'Your download is ready',
  'download.failed': 'Your download failed',
  'report.resolved': 'A report you made was handled',
};

/** The event's data is whatever the server put there: read it defensively. */
function text(data: NotificationEvent, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function personName(data: NotificationEvent, key: string): string {
  const person = data[key];
  if (typeof person !== 'object' || person === null) return 'Someone';
  const { displayName, username } = person as { displayName?: unknown; username?: unknown };
  if (typeof displayName === 'string' && displayName) return displayName;
  return typeof username === 'string' && username ? username : 'Someone';
}

function username(data: NotificationEvent, key: string): string | null {
  const person = data[key];
  if (typeof person !== 'object' || person === null) return null;
  const name = (person as { username?: unknown }).username;
  return typeof name === 'string' && name ? name : null;
}

function watchLink(data: NotificationEvent, commentId?: string | null): NotificationLink | null {
  const videoId = text(data, 'videoId');
  if (!videoId) return null;
  return commentId
    ? { commands: ['/watch', videoId], queryParams: { comment: commentId } }
    : { commands: ['/watch', videoId] };
}

export function describeNotification(notification: NotificationEvent): NotificationDisplay {
  const title = text(notification, 'title') ?? 'Untitled';
  const excerpt = text(notification, 'excerpt');
  const quoted = excerpt ? `: “${excerpt}”` : '';
  switch (notification.type) {
    case 'video.published':
      return {
        icon: 'subscriptions',
        heading: 'New video',
        text: `${personName(notification, 'channel')} published “${title}”`,
        link: watchLink(notification),
      };
    case 'comment.reply':
      return {
        icon: 'reply',
        heading: 'New reply',
        text: `${personName(notification, 'actor')} replied to your comment${quoted}`,
        link: watchLink(notification, text(notification, 'commentId')),
      };
    case 'comment.new':
      return {
        icon: 'comment',
        heading: 'New comment',
        text: `${personName(notification, 'actor')} commented on “${title}”${quoted}`,
        link: watchLink(notification, text(notification, 'commentId')),
      };
    case 'subscriber.new': {
      const follower = username(notification, 'actor');
      return {
        icon: 'person-add',
        heading: 'New subscriber',
        text: `${personName(notification, 'actor')} subscribed to your channel`,
        link: follower ? { commands: ['/channel', follower] } : null,
      };
    }
    case 'video.ready':
      return {
        icon: 'check-circle',
        heading: 'Video ready',
        text: `Your video “${title}” is ready to watch`,
        link: watchLink(notification),
      };
    case 'video.failed':
      return {
        icon: 'error',
        heading: 'Video failed',
        text: `Your video “${title}” could not be processed`,
        link: { commands: ['/my-videos'] },
      };
    case 'download.completed':
      return {
        icon: 'download',
        heading: 'Download ready',
        text: `Your download “${text(notification, 'title') ?? text(notification, 'fileName') ?? 'clip'}” is ready`,
        link: { commands: ['/download'] },
      };
    case 'download.failed':
      return {
        icon: 'error',
        heading: 'Download failed',
        text: `Your download “${text(notification, 'title') ?? 'clip'}” failed`,
        link: { commands: ['/download'] },
      };
    default:
      return {
        icon: 'notifications',
        heading: 'Clipstream',
        text: NOTIFICATION_TYPE_LABELS[notification.type] ?? 'Something happened',
        link: null,
      };
  }
}
