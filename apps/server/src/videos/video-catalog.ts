import { Injectable } from '@nestjs/common';
import { EntityManager, QueryBuilder, raw } from '@mikro-orm/postgresql';
import { Video } from '@clipstream/core';
import { normalizeTagName } from './tag-names';
import { normalizeCategorySlug } from './video-categories';

export const VIDEO_SORTS = ['newest', 'popular', 'relevance'] as const;
export type VideoSort = (typeof VIDEO_SORTS)[number];

export interface CatalogQuery {
  q?: string;
  tag?: string;
  category?: string;
  sort?: VideoSort;
  page: number;
  pageSize: number;
}

export const VIDEO_RELATIONS = ['owner', 'tags', 'category', 'renditions'] as const;

/**
 * The words of a search as a prefix query over `videos.search_vector` ('simple' configuration, see the
 * video_search migration): every word must match the start of a word of the title, tags or description.
 * Only letters and digits reach to_tsquery, so nothing the user types is read as query syntax.
 */
export function prefixTsQuery(text: string | undefined): string | null {
  const words =
    text
      ?.toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

/** The public catalogue: public, ready, not hidden, of owners who are not banned. */
@Injectable()
export class VideoCatalog {
  async search(em: EntityManager, query: CatalogQuery): Promise<{ videos: Video[]; total: number }> {
    const qb = em
      .createQueryBuilder(Video, 'v')
      .where({ visibility: 'public', status: 'ready', hidden: false, owner: { banned: false } });
    if (query.tag) qb.andWhere({ tags: { name: normalizeTagName(query.tag) } });
    if (query.category) qb.andWhere({ category: { slug: normalizeCategorySlug(query.category) } });
    const tsQuery = prefixTsQuery(query.q);
    if (tsQuery) qb.andWhere(`v.search_vector @@ to_tsquery('simple', ?)`, [tsQuery]);

    this.order(qb, query.sort ?? (tsQuery ? 'relevance' : 'newest'), tsQuery);
    const [videos, total] = await qb
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .getResultAndCount();
    await em.populate(videos, VIDEO_RELATIONS);
    return { videos, total };
  }

  private order(qb: QueryBuilder<Video>, sort: VideoSort, tsQuery: string | null): void {
    if (sort === 'popular') {
      qb.orderBy({ views: 'desc', likes: 'desc', createdAt: 'desc', id: 'asc' });
    } else if (sort === 'relevance' && tsQuery) {
      qb.orderBy({
        [raw(`ts_rank(v.search_vector, to_tsquery('simple', ?))`, [tsQuery])]: 'desc',
        createdAt: 'desc',
        id: 'asc',
      });
    } else {
      qb.orderBy({ createdAt: 'desc', id: 'asc' });
    }
  }
}
