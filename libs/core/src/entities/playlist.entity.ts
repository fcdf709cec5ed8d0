import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Opt,
  Property,
  Rel,
  Unique,
} from '@mikro-orm/core';
import { VISIBILITIES, Visibility } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { PlaylistItem } from './playlist-item.entity';
import { User } from './user.entity';

@Entity({ tableName: 'playlists' })
@Index({ properties: ['owner', 'createdAt'] })
// one "Watch later" per person, even when two first requests create it at once
@Unique({
  name: 'playlists_owner_id_watch_later_unique',
  expression:
    'create unique index "playlists_owner_id_watch_later_unique" on "playlists" ("owner_id") where "is_watch_later"',
})
export class Playlist extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  owner: Rel<User>;

  @Property({ type: 'string', length: 150 })
  title: string;

  @Property({ type: 'text' })
  description: string & Opt = '';

  @Enum({ items: () => VISIBILITIES, type: 'string' })
  visibility: Visibility & Opt = 'private';

  /** The built-in "Watch later" list: one per user, cannot be renamed or deleted. */
  @Property({ type: 'boolean' })
  isWatchLater: boolean & Opt = false;

  @OneToMany(() => PlaylistItem, (item) => item.playlist, {
    orderBy: { position: 'asc' },
    orphanRemoval: true,
  })
  items = new Collection<PlaylistItem>(this);
}
