import type { PlaylistItemView, VideoView } from '@clipstream/contract';

import { movedItem, videoOrder } from './playlist-order';

function item(id: string, position: number): PlaylistItemView {
  return { position, addedAt: '2026-01-01T00:00:00Z', video: { id } as VideoView };
}

const items = [item('a', 0), item('b', 1), item('c', 2)];

describe('playlist order', () => {
  it('moves an item down and renumbers the positions', () => {
    const moved = movedItem(items, 0, 2);
    expect(videoOrder(moved)).toEqual(['b', 'c', 'a']);
    expect(moved.map((i) => i.position)).toEqual([0, 1, 2]);
  });

  it('moves an item up', () => {
    expect(videoOrder(movedItem(items, 2, 0))).toEqual(['c', 'a', 'b']);
  });

  it('keeps the order when moved past the ends', () => {
    expect(videoOrder(movedItem(items, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(videoOrder(movedItem(items, 2, 9))).toEqual(['a', 'b', 'c']);
  });

  it('leaves the given list as it was', () => {
    movedItem(items, 0, 1);
    expect(videoOrder(items)).toEqual(['a', 'b', 'c']);
  });
});
