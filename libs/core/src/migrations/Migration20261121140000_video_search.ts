import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over a video's title, tags and description. Tags live in another table, which a
 * generated column cannot read, so `search_vector` is kept up to date by triggers: on the video's own
 * text, and on every change of its tags. The 'simple' configuration does not stem, so it works the same
 * for every language; the API matches word prefixes instead.
 */
export class Migration20261121140000_video_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "videos" add column "search_vector" tsvector not null default ''::tsvector;`);

    this
      .addSql(`create function "videos_search_document"(video_id uuid, title text, description text) returns tsvector
      language sql stable as $$
        select setweight(to_tsvector('simple', coalesce(title, '')), 'A')
          || setweight(to_tsvector('simple', coalesce((
               select string_agg(t."name", ' ') from "video_tags" vt join "tags" t on t."id" = vt."tag_id"
               where vt."video_id" = videos_search_document.video_id), '')), 'B')
          || setweight(to_tsvector('simple', coalesce(description, '')), 'C')
      $$;`);

    this.addSql(`create function "videos_search_on_video"() returns trigger language plpgsql as $$
      begin
        new."search_vector" := "videos_search_document"(new."id", new."title", new."description");
        return new;
      end $$;`);
    this
      .addSql(`create trigger "videos_search_on_video" before insert or update of "title", "description" on "videos"
      for each row execute function "videos_search_on_video"();`);

    this.addSql(`create function "videos_search_on_tags"() returns trigger language plpgsql as $$
      declare target uuid := case when tg_op = 'DELETE' then old."video_id" else new."video_id" end;
      begin
        update "videos" set "search_vector" = "videos_search_document"("id", "title", "description") where "id" = target;
        return null;
      end $$;`);
    this.addSql(`create trigger "videos_search_on_tags" after insert or delete on "video_tags"
      for each row execute function "videos_search_on_tags"();`);

    this.addSql(
      `update "videos" set "search_vector" = "videos_search_document"("id", "title", "description");`,
    );
    this.addSql(`create index "videos_search_vector_index" on "videos" using gin ("search_vector");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "videos_search_on_tags" on "video_tags";`);
    this.addSql(`drop trigger if exists "videos_search_on_video" on "videos";`);
    this.addSql(`drop function if exists "videos_search_on_tags"();`);
    this.addSql(`drop function if exists "videos_search_on_video"();`);
    this.addSql(`drop function if exists "videos_search_document"(uuid, text, text);`);
    this.addSql(`drop index if exists "videos_search_vector_index";`);
    this.addSql(`alter table "videos" drop column if exists "search_vector";`);
  }
}
