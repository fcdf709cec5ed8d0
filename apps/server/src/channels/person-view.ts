import type { ChannelSummaryView, CommentAuthorView, User } from '@clipstream/core';
import { mediaUrl } from '../common/media-url';

/** Who did something (wrote a comment, subscribed), as shown beside it. */
export function toPersonView(user: User): CommentAuthorView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    avatarUrl: user.avatarKey ? mediaUrl(user.avatarKey) : null,
  };
}

export function toChannelSummary(user: User): ChannelSummaryView {
  return { ...toPersonView(user), bio: user.bio, subscribers: user.subscriberCount };
}
