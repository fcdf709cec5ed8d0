import type { Page } from '@clipstream/contract';
import { of, Subject, throwError } from 'rxjs';

import { PagedList } from './paged-list';

interface Item {
  id: string;
}

function page(ids: string[], total: number): Page<Item> {
  return { items: ids.map((id) => ({ id })), total };
}

describe('PagedList', () => {
  it('appends pages until the total is reached', () => {
    const list = new PagedList<Item>();
    const pages: Record<number, Page<Item>> = { 1: page(['a', 'b'], 3), 2: page(['c'], 3) };
    const asked: number[] = [];
    list.reset((n) => {
      asked.push(n);
      return of(pages[n]);
    });
    expect(list.items().map((item) => item.id)).toEqual(['a', 'b']);
    expect(list.hasMore()).toBe(true);
    list.loadMore();
    expect(list.items().map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBe(false);
    list.loadMore();
    expect(asked).toEqual([1, 2]);
  });

  it('puts new items first and counts them, without repeating one already listed', () => {
    const list = new PagedList<Item>();
    list.reset(() => of(page(['b', 'c'], 5)));
    list.prepend([{ id: 'a' }, { id: 'c' }]);
    expect(list.items().map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(list.total()).toBe(6);
  });

  it('ignores the late answer of a replaced query', () => {
    const list = new PagedList<Item>();
    const slow = new Subject<Page<Item>>();
    list.reset(() => slow);
    list.reset(() => of(page(['new'], 1)));
    slow.next(page(['old'], 1));
    expect(list.items().map((item) => item.id)).toEqual(['new']);
  });

  it('stops when the server repeats itself, and keeps items unique', () => {
    const list = new PagedList<Item>();
    list.reset(() => of(page(['a', 'b'], 50)));
    list.loadMore();
    expect(list.items()).toHaveLength(2);
    expect(list.hasMore()).toBe(false);
  });

  it('keeps the error and asks again on retry', () => {
    const list = new PagedList<Item>();
    let fail = true;
    list.reset(() => (fail ? throwError(() => new Error('down')) : of(page(['a'], 1))));
    expect(list.error()).toBeInstanceOf(Error);
    expect(list.loaded()).toBe(false);
    fail = false;
    list.retry();
    expect(list.error()).toBeNull();
    expect(list.items()).toHaveLength(1);
  });

  it('updates and removes items in place', () => {
    const list = new PagedList<Item & { n?: number }>();
    list.reset(() => of({ items: [{ id: 'a' }, { id: 'b' }], total: 2 }));
    list.update((item) => (item.id === 'b' ? { ...item, n: 1 } : item));
    expect(list.items()[1]).toEqual({ id: 'b', n: 1 });
    list.remove('a');
    expect(list.items()).toEqual([{ id: 'b', n: 1 }]);
    expect(list.total()).toBe(1);
  });
});
