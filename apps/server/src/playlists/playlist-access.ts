import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { isPrivileged, Playlist } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';

/** Public and unlisted playlists are open to anyone with the link; private ones to their owner (and moderators). */
export function assertMayViewPlaylist(playlist: Playlist, viewer: RequestUser | undefined): void {
  if (playlist.visibility !== 'private') return;
  if (viewer && (playlist.owner.id === viewer.id || isPrivileged(viewer.role))) return;
  throw new ForbiddenException('This playlist is private');
}

export function assertMayEditPlaylist(playlist: Playlist, viewer: RequestUser): void {
  assertMayViewPlaylist(playlist, viewer);
  if (playlist.owner.id !== viewer.id)
    throw new ForbiddenException('Only its owner can change this playlist');
}

/** "Watch later" is built in: it keeps its name and stays private. */
export function assertNotWatchLater(playlist: Playlist, action: string): void {
  if (playlist.isWatchLater) throw new BadRequestException(`The Watch later list cannot be ${action}`);
}
