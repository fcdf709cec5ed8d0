import type { NotificationType, ReactionKind, ReportStatus, ReportTarget, Visibility } from './enums';
import type { NotificationEvent } from './socket-events';
import type { Page, VideoView } from './video-dto';

/** Shapes of channels, comments, ratings, subscriptions, playlists, notifications and search (CONTRACT.md). */

/** One width of a picture, as WebP with a JPEG fallback. */
export interface PictureSize {
  width: number;
  webp: string;
  jpeg: string;
}

/** `GET /api/channels/:username`. */
export interface ChannelView {
  username: string;
  displayName: string;
  /** The largest JPEG; `avatar` / `banner` list every size. */
  avatarUrl: string | null;
  bannerUrl: string | null;
  avatar: PictureSize[];
  banner: PictureSize[];
  bio: string;
  subscribers: number;
  /** How many public videos the channel has. */
  videos: number;
  createdAt: string;
  /** Whether the signed-in caller follows the channel; null for an anonymous caller. */
  subscribed: boolean | null;
}

/** A channel in a list (search results, the channels one follows). */
export interface ChannelSummaryView {
  id: string;
  username: string;
  displayName: string;
  avatarUrl: string | null;
  bio: string;
  subscribers: number;
}

/** `PUT` / `DELETE /api/channels/:username/subscription`. */
export interface SubscriptionStateView {
  subscribed: boolean;
  subscribers: number;
}

export interface CommentAuthorView {
  id: string;
  username: string;
  displayName: string;
  avatarUrl: string | null;
}

/** Plain text exactly as written: escape it wherever it is shown. */
export interface CommentView {
  id: string;
  videoId: string;
  /** The top-level comment of the thread, for a reply. */
  parentId: string | null;
  body: string;
  author: CommentAuthorView;
  createdAt: string;
  editedAt: string | null;
  replyCount: number;
}

/** A top-level comment with its replies, oldest first (threads are one level deep). */
export interface CommentThreadView extends CommentView {
  replies: CommentView[];
}

export const RATINGS = ['like', 'dislike', 'none'] as const;
export type Rating = ReactionKind | 'none';

/** `PUT` / `GET /api/videos/:id/rating`. */
export interface RatingView {
  likes: number;
  dislikes: number;
  rating: Rating;
}

/** `POST /api/videos/:id/views`. */
export interface ViewCountView {
  views: number;
  /** False when this viewer was already counted in the current window. */
  counted: boolean;
}

export interface PlaylistSummaryView {
  id: string;
  title: string;
  description: string;
  visibility: Visibility;
  isWatchLater: boolean;
  owner: { username: string; displayName: string };
  itemCount: number;
  /** The picture of its first video, if any. */
  thumbnailUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlaylistItemView {
  position: number;
  addedAt: string;
  video: VideoView;
}

/** A playlist with the videos the caller may see, in order. */
export interface PlaylistView extends PlaylistSummaryView {
  items: PlaylistItemView[];
}

/** The `notification` event's payload plus when it was read. */
export interface NotificationView extends NotificationEvent {
  readAt: string | null;
}

/** `GET /api/notifications`. */
export interface NotificationPage {
  items: NotificationView[];
  total: number;
  unread: number;
}

/** `GET` / `PUT /api/me/notification-settings`: the types the person does not want. */
export interface NotificationSettingsView {
  muted: NotificationType[];
}

export const SEARCH_TYPES = ['all', 'videos', 'channels'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** `GET /api/search`. */
export interface SearchResultsView {
  videos: Page<VideoView>;
  channels: Page<ChannelSummaryView>;
}

/** `POST /api/videos/:id/reports`, `POST /api/comments/:id/reports`: the report as its author sees it. */
export interface ReportView {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  reason: string;
  status: ReportStatus;
  createdAt: string;
}
