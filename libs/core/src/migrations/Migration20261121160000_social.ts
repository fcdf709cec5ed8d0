import { Migration } from '@mikro-orm/migrations';

/**
 * What channels, comments, playlists, notifications and the subscriber fan-out read often, and
 * `videos.announced_at`: when the `video.published` fan-out of a video was started. The fan-out job sets
 * it in the same statement that checks it is still empty, so a video is announced to its channel's
 * subscribers once, however often it is published, retried or made public again.
 */
export class Migration20261121160000_social extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "videos" add column "announced_at" timestamptz null;`);
    this.addSql(`create index "videos_owner_id_created_at_index" on "videos" ("owner_id", "created_at");`);
    // the fan-out walks a channel's subscribers in id order, a batch at a time
    this.addSql(`create index "subscriptions_channel_id_id_index" on "subscriptions" ("channel_id", "id");`);
    this.addSql(`create index "comments_parent_id_created_at_index" on "comments" ("parent_id", "created_at")
      where "parent_id" is not null;`);
    this.addSql(
      `create index "playlists_owner_id_created_at_index" on "playlists" ("owner_id", "created_at");`,
    );
    // one "Watch later" per person, even when two first requests create it at once
    this.addSql(`create unique index "playlists_owner_id_watch_later_unique" on "playlists" ("owner_id")
      where "is_watch_later";`);
    this.addSql(`create index "playlist_items_video_id_index" on "playlist_items" ("video_id");`);
    this.addSql(
      `create index "notifications_user_id_created_at_index" on "notifications" ("user_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notifications_user_id_created_at_index";`);
    this.addSql(`drop index if exists "playlist_items_video_id_index";`);
    this.addSql(`drop index if exists "playlists_owner_id_watch_later_unique";`);
    this.addSql(`drop index if exists "playlists_owner_id_created_at_index";`);
    this.addSql(`drop index if exists "comments_parent_id_created_at_index";`);
    this.addSql(`drop index if exists "subscriptions_channel_id_id_index";`);
    this.addSql(`drop index if exists "videos_owner_id_created_at_index";`);
    this.addSql(`alter table "videos" drop column if exists "announced_at";`);
  }
}
