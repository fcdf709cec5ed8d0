import { Entity, Index, ManyToOne, Property, Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Playlist } from './playlist.entity';
import { Video } from './video.entity';

@Entity({ tableName: 'playlist_items' })
@Unique({ properties: ['playlist', 'video'] })
@Index({ properties: ['video'] })
export class PlaylistItem extends BaseEntity {
  @ManyToOne(() => Playlist, { deleteRule: 'cascade' })
  playlist: Rel<Playlist>;

  @ManyToOne(() => Video, { deleteRule: 'cascade' })
  video: Rel<Video>;

  @Property({ type: 'integer' })
  position: number;
}
