import { Migration } from '@mikro-orm/migrations';

/**
 * The videos of a category: what the catalogue's `?category=` filter and the admin panel's video counts
 * (and its check that a category is unused before deleting it) look up.
 */
export class Migration20261121220000_video_category_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "videos_category_id_index" on "videos" ("category_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "videos_category_id_index";`);
  }
}
