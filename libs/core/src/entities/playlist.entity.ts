import { Collection, Entity, Enum, ManyToOne, OneToMany, Opt, Property, Rel } from '@mikro-orm/core';
import { VISIBILITIES, Visibility } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { PlaylistItem } from './playlist-item.entity';
import { User } from './user.entity';

@Entity({ tableName: 'playlists' })
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
