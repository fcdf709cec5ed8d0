import { Migration } from '@mikro-orm/migrations';

/**
 * The categories a video can be filed under: the list PeerTube offers, so videos moved between the two
 * keep their place. Rows, not an enum, so an instance can add its own with one insert.
 */
export const CATEGORIES: Array<[slug: string, name: string]> = [
  ['music', 'Music'],
  ['films', 'Films'],
  ['vehicles', 'Vehicles'],
  ['art', 'Art'],
  ['sports', 'Sports'],
  ['travels', 'Travels'],
  ['gaming', 'Gaming'],
  ['people', 'People'],
  ['comedy', 'Comedy'],
  ['entertainment', 'Entertainment'],
  ['news-politics', 'News & Politics'],
  ['how-to', 'How To'],
  ['education', 'Education'],
  ['activism', 'Activism'],
  ['science-technology', 'Science & Technology'],
  ['animals', 'Animals'],
  ['kids', 'Kids'],
  ['food', 'Food'],
];

export class Migration20261121200000_categories extends Migration {
  override async up(): Promise<void> {
    const rows = CATEGORIES.map(([slug, name]) =>
      this.getKnex().raw('(gen_random_uuid(), ?, ?)', [slug, name]),
    );
    this.addSql(
      this.getKnex().raw(
        `insert into "categories" ("id", "slug", "name") values ${rows.map(() => '?').join(', ')}
        on conflict ("slug") do nothing`,
        rows,
      ),
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      this.getKnex().raw(`delete from "categories" where "slug" = any(?)`, [
        CATEGORIES.map(([slug]) => slug),
      ]),
    );
  }
}
