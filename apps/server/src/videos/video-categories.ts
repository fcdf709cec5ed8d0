import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Category, CategoryView } from '@clipstream/core';

/** The categories (seeded by migration, managed in the admin panel) a video is filed under by slug. */
@Injectable()
export class VideoCategories {
  constructor(private readonly em: EntityManager) {}

  async list(): Promise<CategoryView[]> {
    const categories = await this.em.find(Category, {});
    return categories.map(({ slug, name }) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * The category of a slug, read through `em` (a transaction's, when there is one); null for none. A slug
   * that names none is the caller's mistake.
   */
  async resolve(em: EntityManager, slug: string | null): Promise<Category | null> {
    if (slug === null) return null;
    const category = await em.findOne(Category, { slug: normalizeCategorySlug(slug) });
    if (!category)
      throw new BadRequestException(`There is no category "${slug}": pick a slug from GET /api/categories`);
    return category;
  }
}

/** The `category` field of a new video (upload or import) as given: left blank, it files the video under none. */
export function newVideoCategory(field: string | undefined): string | null {
  return field?.trim() || null;
}

export function normalizeCategorySlug(slug: string): string {
  return slug.trim().toLowerCase();
}
