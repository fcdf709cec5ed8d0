import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { normalizeCategorySlug } from '../../videos/video-categories';
import { AuditLogService } from '../audit-log.service';
import { idList, likePattern, ParsedListQuery } from '../simple-rest';
import { AdminCategoryCreateDto, AdminCategoryUpdateDto } from './admin-category.dto';
import { CATEGORY_SORT_FIELDS, CategoryRow, CategorySortField, CategoryStore } from './category-store';

export const ADMIN_CATEGORY_SORTABLE: readonly CategorySortField[] = CATEGORY_SORT_FIELDS;

export interface AdminCategoryRecord {
  id: string;
  slug: string;
  name: string;
  /** Videos filed under it, whatever their status or visibility. */
  videoCount: number;
  createdAt: string;
  updatedAt: string;
}

function toRecord(category: CategoryRow): AdminCategoryRecord {
  return {
    id: category.id,
    slug: category.slug,
    name: category.name,
    videoCount: category.videoCount,
    createdAt: category.createdAt.toISOString(),
    updatedAt: category.updatedAt.toISOString(),
  };
}

function withCount(category: Category, videoCount: number): AdminCategoryRecord {
  const { id, slug, name, createdAt, updatedAt } = category;
  return toRecord({ id, slug, name, videoCount, createdAt, updatedAt });
}

/**
 * The categories videos are filed under. A slug is fixed once created (videos, links and `?category=`
 * filters name it), a name can change; a category goes only once no video uses it, so a video never
 * loses its category behind its owner's back.
 */
@Injectable()
export class AdminCategoriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CategoryStore,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ParsedListQuery): Promise<{ items: AdminCategoryRecord[]; total: number }> {
    const [[sort, order]] = Object.entries(query.orderBy);
    const { rows, total } = await this.store.page(this.em, {
      ids: idList(query.filter),
      pattern: likePattern(query.filter.q),
      sort: sort as CategorySortField, // one of ADMIN_CATEGORY_SORTABLE: parseListQuery checked it
      order,
      offset: query.offset,
      limit: query.limit,
    });
    return { items: rows.map(toRecord), total };
  }

  async get(id: string): Promise<AdminCategoryRecord> {
    const category = await this.find(this.em, id);
    return withCount(category, await this.store.videoCount(this.em, id));
  }

  async create(actor: RequestUser, input: AdminCategoryCreateDto): Promise<AdminCategoryRecord> {
    try {
      const category = await this.em.transactional(async (tx) => {
        await this.store.lockNames(tx);
        await this.assertSlugFree(tx, input.slug);
        await this.assertNameFree(tx, input.name, null);
        const category = tx.create(Category, { slug: input.slug, name: input.name });
        // written by the same commit: AuditLogService's manager resolves to this transaction's
        this.audit.record({
          actorId: actor.id,
          action: 'category.create',
          targetType: 'category',
          targetId: category.id,
          data: { slug: category.slug, name: category.name },
        });
        return category;
      });
      return withCount(category, 0);
    } catch (error) {
      // a category added meanwhile by other means than this service (the lock covers only its own writes)
      if (error instanceof UniqueConstraintViolationException) throw slugTaken(input.slug);
      throw error;
    }
  }

  /** Renames; the slug may be sent back (react-admin sends the whole record) but not changed. */
  async update(actor: RequestUser, id: string, change: AdminCategoryUpdateDto): Promise<AdminCategoryRecord> {
    const category = await this.em.transactional(async (tx) => {
      // taken before the read, so that the name a rename records as "from" is the one it replaces
      if (change.name !== undefined) await this.store.lockNames(tx);
      const category = await this.find(tx, id);
      if (change.slug !== undefined && change.slug !== normalizeCategorySlug(category.slug)) {
        throw new BadRequestException(
          `slug cannot be changed after creation (it stays "${category.slug}"): videos, links and filters use it. ` +
            'To move videos to another slug, create a category with it, re-file the videos, then delete this one',
        );
      }
      if (change.name !== undefined && change.name !== category.name) {
        await this.assertNameFree(tx, change.name, category.id);
        this.audit.record({
          actorId: actor.id,
          action: 'category.rename',
          targetType: 'category',
          targetId: category.id,
          data: { slug: category.slug, from: category.name, to: change.name },
        });
        category.name = change.name;
      }
      return category;
    });
    return withCount(category, await this.store.videoCount(this.em, id));
  }

  /** Only an unused category: its videos are re-filed first, by their owners or moderators. */
  async remove(actor: RequestUser, id: string): Promise<AdminCategoryRecord> {
    return this.em.transactional(async (tx) => {
      // FOR UPDATE waits for any transaction filing a video under this category (its foreign key check
      // holds the row FOR KEY SHARE) and holds off new ones, so the count below stays true until the
      // delete commits; the videos' `on delete set null` never gets to clear anything.
      const category = await tx.findOne(Category, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!category) throw new NotFoundException('Category not found');
      const videoCount = await this.store.videoCount(tx, id);
      if (videoCount > 0) {
        const videos = videoCount === 1 ? '1 video uses it' : `${videoCount} videos use it`;
        throw new ConflictException(
          `The category "${category.name}" cannot be deleted: ${videos}. ` +
            'Re-file them under another category (or none) first, then delete it',
        );
      }
      const record = withCount(category, 0);
      this.audit.record({
        actorId: actor.id,
        action: 'category.delete',
        targetType: 'category',
        targetId: id,
        data: { slug: category.slug, name: category.name },
      });
      tx.remove(category);
      return record;
    });
  }

  private async find(em: EntityManager, id: string): Promise<Category> {
    const category = await em.findOne(Category, { id });
    if (!category) throw new NotFoundException('Category not found');
    return category;
  }

  private async assertSlugFree(em: EntityManager, slug: string): Promise<void> {
    if (await em.count(Category, { slug })) throw slugTaken(slug);
  }

  private async assertNameFree(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const taken = await this.store.findByName(em, name, exceptId);
    if (taken) {
      throw new ConflictException(
        `A category named "${taken.name}" already exists (slug "${taken.slug}"): choose another name`,
      );
    }
  }
}

function slugTaken(slug: string): ConflictException {
  return new ConflictException(`A category with the slug "${slug}" already exists: choose another slug`);
}
