import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications go with their person through a trigger instead of a foreign key. The key's check ran once
 * per inserted row (half the cost of a notification row, and a lock written on each follower's user row),
 * which a fan-out pays 2,000 or 100,000 times per announcement, for rows whose people it has just read.
 * The one gap, a row written for someone deleted in the same instant, is a row nobody can read, removed
 * with the others by the retention cleanup.
 */
export class Migration20261121230000_notifications_user_trigger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notifications" drop constraint if exists "notifications_user_id_foreign";`);
    this.addSql(`create function notifications_of_deleted_user() returns trigger language plpgsql as $$
      begin
        delete from notifications where user_id = old.id;
        return old;
      end $$;`);
    this.addSql(`create trigger users_delete_notifications after delete on users
      for each row execute function notifications_of_deleted_user();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists users_delete_notifications on users;`);
    this.addSql(`drop function if exists notifications_of_deleted_user();`);
    this.addSql(
      `delete from notifications n where not exists (select 1 from users u where u.id = n.user_id);`,
    );
    this
      .addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id")
      references "users" ("id") on update cascade on delete cascade;`);
  }
}
