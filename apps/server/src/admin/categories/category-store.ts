import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** The fields the admin list sorts by, and the column of each in `page`'s statement. */
const SORT_COLUMNS = {
  name: 'c.name',
  slug: 'c.slug',
  videoCount: 'video_count',
  createdAt: 'c.created_at',
  id: 'c.id',
} as const;

export type CategorySortField = keyof typeof SORT_COLUMNS;
export const CATEGORY_SORT_FIELDS = Object.keys(SORT_COLUMNS) as CategorySortField[];

export interface CategoryPageQuery {
  ids?: string[];
  /** A LIKE pattern matched against the slug and the name. */
  pattern?: string;
  sort: CategorySortField;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  videoCount: number;
  createdAt: Date;
  updatedAt: Date;
}

interface RawCategoryRow {
  id: string;
  slug: string;
  name: string;
  video_count: number;
  created_at: Date | string;
  updated_at: Date | string;
}

/**
 * The statements about categories that the ORM cannot say in one go: each with how many videos are filed
 * under it (every video, whatever its status or visibility: all of them would lose their category).
 */
@Injectable()
export class CategoryStore {
  async page(em: EntityManager, query: CategoryPageQuery): Promise<{ rows: CategoryRow[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.ids) {
      if (!query.ids.length) return { rows: [], total: 0 };
      conditions.push('c.id in (?)');
      params.push(query.ids);
    }
    if (query.pattern) {
      conditions.push('(c.slug ilike ? or c.name ilike ?)');
      params.push(query.pattern, query.pattern);
    }
    const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
    const order = query.order === 'asc' ? 'asc' : 'desc';
    // one pass over the videos for the counts of every category, whichever page and order is asked for
    const rows = await em.execute<RawCategoryRow[]>(
      `select c.id, c.slug, c.name, c.created_at, c.updated_at, coalesce(used.video_count, 0)::int as video_count
       from categories c
       left join (
         select category_id, count(*) as video_count from videos where category_id is not null group by category_id
       ) used on used.category_id = c.id
       ${where}
       order by ${SORT_COLUMNS[query.sort]} ${order}, c.id asc
       limit ? offset ?`,
      [...params, query.limit, query.offset],
    );
    const [{ total }] = await em.execute<Array<{ total: number }>>(
      `select count(*)::int as total from categories c ${where}`,
      params,
    );
    return { rows: rows.map(toRow), total };
  }

  /** How many videos are filed under the category. */
  async videoCount(em: EntityManager, categoryId: string): Promise<number> {
    const [{ count }] = await em.execute<Array<{ count: number }>>(
      `select count(*)::int as count from videos where category_id = ?`,
      [categoryId],
    );
    return count;
  }

  /**
   * Serialises, until the transaction ends, the writes that check a name or slug is free: no unique index
   * covers names (compared ignoring case), so two moderators could otherwise both take the same one.
   */
  async lockNames(em: EntityManager): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtext('categories:names'))`);
  }

  /** Another category whose name is this one ignoring case, if any. */
  async findByName(
    em: EntityManager,
    name: string,
    exceptId: string | null,
  ): Promise<{ id: string; slug: string; name: string } | null> {
    const [row] = await em.execute<Array<{ id: string; slug: string; name: string }>>(
      `select id, slug, name from categories where lower(name) = lower(?) and id is distinct from ? limit 1`,
      [name, exceptId],
    );
    return row ?? null;
  }
}

function toRow(raw: RawCategoryRow): CategoryRow {
  return {
    id: raw.id,
    slug: raw.slug,
    name: raw.name,
    videoCount: raw.video_count,
    createdAt: new Date(raw.created_at),
    updatedAt: new Date(raw.updated_at),
  };
}
