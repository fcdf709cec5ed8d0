import { moveItemInArray } from '@angular/cdk/drag-drop';
import type { PlaylistItemView } from '@clipstream/contract';

/** The items with one moved from `from` to `to` (indexes out of range are clamped), positions renumbered. */
export function movedItem(items: readonly PlaylistItemView[], from: number, to: number): PlaylistItemView[] {
  const moved = [...items];
  moveItemInArray(moved, from, to);
  return moved.map((item, index) => ({ ...item, position: index }));
}

/** What `PUT /api/playlists/:id/order` takes: every video, once, in order. */
export function videoOrder(items: readonly PlaylistItemView[]): string[] {
  return items.map((item) => item.video.id);
}
