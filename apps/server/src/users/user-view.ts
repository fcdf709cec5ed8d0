import type { User, UserView } from '@clipstream/core';
import { mediaUrl } from '../common/media-url';

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    avatarUrl: user.avatarKey ? mediaUrl(user.avatarKey) : null,
    bannerUrl: user.bannerKey ? mediaUrl(user.bannerKey) : null,
    bio: user.bio,
    createdAt: user.createdAt.toISOString(),
  };
}
