import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { isPrivileged, Visibility } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';

/** What decides who may see a video and its files. */
export interface VideoPrivacy {
  id: string;
  visibility: Visibility;
  hidden: boolean;
}

interface OwnedVideo extends VideoPrivacy {
  owner: { id: string };
}

/** Public and unlisted videos are open to anyone who has the link, unless a moderator hid them. */
export function isOpenVideo(video: Pick<VideoPrivacy, 'visibility' | 'hidden'>): boolean {
  return video.visibility !== 'private' && !video.hidden;
}

export function isOwner(video: OwnedVideo, viewer: RequestUser | undefined): boolean {
  return !!viewer && video.owner.id === viewer.id;
}

/** The owner and moderators may edit, delete and retry; and they see every video. */
export function mayManage(video: OwnedVideo, viewer: RequestUser | undefined): boolean {
  return isOwner(video, viewer) || (!!viewer && isPrivileged(viewer.role));
}

/** A hidden video does not exist for others (404); a private one says so (403). */
export function assertMayView(video: OwnedVideo, viewer: RequestUser | undefined): void {
  if (isOpenVideo(video) || mayManage(video, viewer)) return;
  if (video.hidden) throw new NotFoundException('Video not found');
  throw new ForbiddenException('This video is private');
}

export function assertMayManage(video: OwnedVideo, viewer: RequestUser | undefined, action: string): void {
  assertMayView(video, viewer);
  if (!mayManage(video, viewer))
    throw new ForbiddenException(`Only the owner or a moderator can ${action} this video`);
}
