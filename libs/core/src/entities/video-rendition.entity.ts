import { Entity, ManyToOne, Opt, Property, Unique, Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Video } from './video.entity';

/** One rung of a video's HLS ladder (height 0 is the audio-only rendition). */
@Entity({ tableName: 'video_renditions' })
@Unique({ properties: ['video', 'height'] })
export class VideoRendition extends BaseEntity {
  @ManyToOne(() => Video, { deleteRule: 'cascade' })
  video: Rel<Video>;

  @Property({ type: 'integer' })
  height: number;

  @Property({ type: 'integer' })
  width: number;

  /** Peak bits per second, as in the master playlist's BANDWIDTH. */
  @Property({ type: 'integer' })
  bandwidth: number;

  @Property({ type: 'string', length: 80 })
  codecs: string;

  /** Published in the master playlist: its segments are complete. */
  @Property({ type: 'boolean' })
  ready: boolean & Opt = false;

  /** A progressive MP4 of this rendition exists for /stream/:quality. */
  @Property({ type: 'boolean' })
  hasMp4: boolean & Opt = false;
}
