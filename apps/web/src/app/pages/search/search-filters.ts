import type { VideoView } from '@clipstream/contract';

export type SearchTab = 'videos' | 'channels';

/** The `?type=` of the URL as a tab; anything but `channels` shows videos. */
export function searchTab(type: string | undefined): SearchTab {
  return type === 'channels' ? 'channels' : 'videos';
}

/** A filter as typed: trimmed, without a leading `#`, lower case (tags and slugs are). */
export function cleanFilter(value: string | undefined | null): string {
  return (value ?? '').trim().replace(/^#+/, '').trim().toLowerCase();
}

export interface FilterSuggestions {
  tags: string[];
  categories: string[];
}

function mostCommon(values: readonly string[], skip: string, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== skip) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, limit)
    .map(([value]) => value);
}

/** Tags and categories found among the results, most common first, to narrow a search with one click. */
export function filterSuggestions(
  videos: readonly Pick<VideoView, 'tags' | 'category'>[],
  active: { tag: string; category: string },
  limit = 8,
): FilterSuggestions {
  return {
    tags: active.tag
      ? []
      : mostCommon(
          videos.flatMap((video) => video.tags),
          active.tag,
          limit,
        ),
    categories: active.category
      ? []
      : mostCommon(
          videos.map((video) => video.category).filter((category): category is string => !!category),
          active.category,
          limit,
        ),
  };
}
