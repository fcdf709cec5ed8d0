import type { CategoryView } from '@clipstream/core/contract';

/** A row of /api/admin/categories: a category of GET /api/categories with how many videos use it. */
export type AdminCategory = CategoryView & {
  id: string;
  videoCount: number;
  createdAt: string;
  updatedAt: string;
};
