import type { Playlist, PlaylistItemView, PlaylistSummaryView, PlaylistView } from '@clipstream/core';

/** Needs `owner` populated. */
export function toPlaylistSummary(
  playlist: Playlist,
  itemCount: number,
  thumbnailUrl: string | null,
): PlaylistSummaryView {
  return {
    id: playlist.id,
    title: playlist.title,
    description: playlist.description,
    visibility: playlist.visibility,
    isWatchLater: playlist.isWatchLater,
    owner: { username: playlist.owner.username, displayName: playlist.owner.displayName },
    itemCount,
    thumbnailUrl,
    createdAt: playlist.createdAt.toISOString(),
    updatedAt: playlist.updatedAt.toISOString(),
  };
}

export function toPlaylistView(playlist: Playlist, items: PlaylistItemView[]): PlaylistView {
  return { ...toPlaylistSummary(playlist, items.length, items[0]?.video.thumbnailUrl ?? null), items };
}
