import { Migration } from '@mikro-orm/migrations';

export class Migration20261121125149 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "categories" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(40) not null, "name" varchar(80) not null, constraint "categories_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "categories" add constraint "categories_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "source_infos" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "cache_key" text not null, "url" text not null, "extractor" varchar(80) not null, "extractor_id" varchar(255) null, "title" text not null, "duration" double precision null, "data" jsonb not null, "fetched_at" timestamptz not null, constraint "source_infos_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "source_infos" add constraint "source_infos_cache_key_unique" unique ("cache_key");`,
    );

    this.addSql(
      `create table "tags" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(40) not null, constraint "tags_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tags" add constraint "tags_name_unique" unique ("name");`);

    this.addSql(
      `create table "users" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "username" varchar(30) not null, "display_name" varchar(80) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('user', 'moderator', 'admin')) not null default 'user', "bio" text not null default '', "avatar_key" varchar(255) null, "banner_key" varchar(255) null, "banned" boolean not null default false, "ban_reason" text null, "banned_at" timestamptz null, "token_version" int not null default 0, "storage_used" bigint not null default 0, "subscriber_count" int not null default 0, "muted_notification_types" jsonb not null, constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);
    this.addSql(`create index "users_role_index" on "users" ("role");`);

    this.addSql(
      `create table "subscriptions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subscriber_id" uuid not null, "channel_id" uuid not null, constraint "subscriptions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "subscriptions_channel_id_index" on "subscriptions" ("channel_id");`);
    this.addSql(
      `alter table "subscriptions" add constraint "subscriptions_subscriber_id_channel_id_unique" unique ("subscriber_id", "channel_id");`,
    );

    this.addSql(
      `create table "reports" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "reporter_id" uuid not null, "target_type" text check ("target_type" in ('video', 'comment')) not null, "target_id" uuid not null, "reason" text not null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolution" text null, "resolved_by_id" uuid null, "resolved_at" timestamptz null, constraint "reports_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reports_status_created_at_index" on "reports" ("status", "created_at");`);

    this.addSql(
      `create table "playlists" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_id" uuid not null, "title" varchar(150) not null, "description" text not null default '', "visibility" text check ("visibility" in ('public', 'unlisted', 'private')) not null default 'private', "is_watch_later" boolean not null default false, constraint "playlists_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "notifications" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "type" text check ("type" in ('video.published', 'comment.reply', 'comment.new', 'subscriber.new', 'video.ready', 'video.failed', 'download.completed', 'download.failed', 'report.resolved')) not null, "data" jsonb not null, "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notifications_user_id_read_at_created_at_index" on "notifications" ("user_id", "read_at", "created_at");`,
    );

    this.addSql(
      `create table "downloads" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "url" text not null, "source_info_id" uuid null, "title" text null, "start" double precision null, "end" double precision null, "quality" varchar(20) not null default 'best', "format" varchar(8) not null default 'mp4', "file_name" varchar(255) not null, "status" text check ("status" in ('pending', 'processing', 'completed', 'failed', 'cancelled')) not null default 'pending', "progress" smallint not null default 0, "eta_seconds" int null, "bytes" bigint not null default 0, "estimated_size" bigint null, "file_key" varchar(255) null, "file_size" bigint null, "error" text null, "note" text null, "completed_at" timestamptz null, "expires_at" timestamptz null, "expired" boolean not null default false, constraint "downloads_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "downloads_status_index" on "downloads" ("status");`);
    this.addSql(`create index "downloads_expires_at_index" on "downloads" ("expires_at");`);
    this.addSql(
      `create index "downloads_user_id_created_at_index" on "downloads" ("user_id", "created_at");`,
    );

    this.addSql(
      `create table "audit_logs" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(60) not null, "target_type" varchar(30) not null, "target_id" varchar(64) not null, "reason" text null, "data" jsonb null, constraint "audit_logs_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_logs_created_at_index" on "audit_logs" ("created_at");`);

    this.addSql(
      `create table "videos" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "status" text check ("status" in ('pending', 'processing', 'ready', 'failed')) not null default 'pending', "progress" smallint not null default 0, "stage" varchar(40) null, "visibility" text check ("visibility" in ('public', 'unlisted', 'private')) not null default 'public', "hidden" boolean not null default false, "source" text check ("source" in ('upload', 'import', 'clip')) not null default 'upload', "source_url" text null, "source_uploader" varchar(255) null, "clip_of_id" uuid null, "clip_start" double precision null, "clip_end" double precision null, "original_key" varchar(255) null, "original_size" bigint null, "duration" double precision null, "width" int null, "height" int null, "has_audio" boolean not null default true, "has_video" boolean not null default true, "thumbnail_index" smallint not null default 2, "thumbnail_count" smallint not null default 0, "has_storyboard" boolean not null default false, "error" text null, "views" int not null default 0, "likes" int not null default 0, "dislikes" int not null default 0, "comment_count" int not null default 0, "published_at" timestamptz null, "category_id" uuid null, constraint "videos_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "videos_owner_id_index" on "videos" ("owner_id");`);
    this.addSql(
      `create index "videos_visibility_status_hidden_created_at_index" on "videos" ("visibility", "status", "hidden", "created_at");`,
    );

    this.addSql(
      `create table "reactions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "video_id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in ('like', 'dislike')) not null, constraint "reactions_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "reactions" add constraint "reactions_video_id_user_id_unique" unique ("video_id", "user_id");`,
    );

    this.addSql(
      `create table "playlist_items" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "playlist_id" uuid not null, "video_id" uuid not null, "position" int not null, constraint "playlist_items_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "playlist_items" add constraint "playlist_items_playlist_id_video_id_unique" unique ("playlist_id", "video_id");`,
    );

    this.addSql(
      `create table "comments" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "video_id" uuid not null, "author_id" uuid not null, "parent_id" uuid null, "body" text not null, "reply_count" int not null default 0, "edited_at" timestamptz null, constraint "comments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "comments_author_id_index" on "comments" ("author_id");`);
    this.addSql(
      `create index "comments_video_id_parent_id_created_at_index" on "comments" ("video_id", "parent_id", "created_at");`,
    );

    this.addSql(
      `create table "video_tags" ("video_id" uuid not null, "tag_id" uuid not null, constraint "video_tags_pkey" primary key ("video_id", "tag_id"));`,
    );

    this.addSql(
      `create table "video_renditions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "video_id" uuid not null, "height" int not null, "width" int not null, "bandwidth" int not null, "codecs" varchar(80) not null, "ready" boolean not null default false, "has_mp4" boolean not null default false, constraint "video_renditions_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "video_renditions" add constraint "video_renditions_video_id_height_unique" unique ("video_id", "height");`,
    );

    this.addSql(
      `alter table "subscriptions" add constraint "subscriptions_subscriber_id_foreign" foreign key ("subscriber_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscriptions" add constraint "subscriptions_channel_id_foreign" foreign key ("channel_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "reports" add constraint "reports_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reports" add constraint "reports_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "playlists" add constraint "playlists_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "downloads" add constraint "downloads_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "downloads" add constraint "downloads_source_info_id_foreign" foreign key ("source_info_id") references "source_infos" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "audit_logs" add constraint "audit_logs_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "videos" add constraint "videos_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "videos" add constraint "videos_clip_of_id_foreign" foreign key ("clip_of_id") references "videos" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "videos" add constraint "videos_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reactions" add constraint "reactions_video_id_foreign" foreign key ("video_id") references "videos" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reactions" add constraint "reactions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "playlist_items" add constraint "playlist_items_playlist_id_foreign" foreign key ("playlist_id") references "playlists" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "playlist_items" add constraint "playlist_items_video_id_foreign" foreign key ("video_id") references "videos" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "comments" add constraint "comments_video_id_foreign" foreign key ("video_id") references "videos" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comments" add constraint "comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comments" add constraint "comments_parent_id_foreign" foreign key ("parent_id") references "comments" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "video_tags" add constraint "video_tags_video_id_foreign" foreign key ("video_id") references "videos" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "video_tags" add constraint "video_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "video_renditions" add constraint "video_renditions_video_id_foreign" foreign key ("video_id") references "videos" ("id") on update cascade on delete cascade;`,
    );
  }
}
