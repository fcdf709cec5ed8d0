import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Opt,
  Property,
  Rel,
} from '@mikro-orm/core';
import { FullTextType } from '@mikro-orm/postgresql';
import {
  VIDEO_SOURCES,
  VIDEO_STATUSES,
  VISIBILITIES,
  VideoSource,
  VideoStatus,
  Visibility,
} from '../contract/enums';
import { BaseEntity } from './base.entity';
import { Category } from './category.entity';
import { Tag } from './tag.entity';
import { User } from './user.entity';
import { VideoRendition } from './video-rendition.entity';

@Entity({ tableName: 'videos' })
@Index({ properties: ['visibility', 'status', 'hidden', 'createdAt'] })
@Index({ properties: ['owner', 'createdAt'] })
@Index({ name: 'videos_search_vector_index', type: 'fulltext', properties: ['searchVector'] })
export class Video extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  owner: Rel<User>;

  @Property({ type: 'string', length: 200 })
  title: string;

  @Property({ type: 'text' })
  description: string & Opt = '';

  @Enum({ items: () => VIDEO_STATUSES, type: 'string' })
  status: VideoStatus & Opt = 'pending';

  /** 0–100 while processing. */
  @Property({ type: 'smallint' })
  progress: number & Opt = 0;

  /** What the pipeline is doing now, e.g. "probe", "transcode", "thumbnails". */
  @Property({ type: 'string', length: 40, nullable: true })
  stage?: string | null;

  @Enum({ items: () => VISIBILITIES, type: 'string' })
  visibility: Visibility & Opt = 'public';

  /** Hidden by a moderator: gone for viewers, kept for the owner and moderators. */
  @Property({ type: 'boolean' })
  hidden: boolean & Opt = false;

  @Enum({ items: () => VIDEO_SOURCES, type: 'string' })
  source: VideoSource & Opt = 'upload';

  /** Where an import came from, shown as provenance. */
  @Property({ type: 'text', nullable: true })
  sourceUrl?: string | null;

  @Property({ type: 'string', nullable: true })
  sourceUploader?: string | null;

  @ManyToOne(() => Video, { nullable: true, deleteRule: 'set null' })
  clipOf?: Rel<Video> | null;

  @Property({ type: 'double', nullable: true })
  clipStart?: number | null;

  @Property({ type: 'double', nullable: true })
  clipEnd?: number | null;

  /** Storage key of the kept original. */
  @Property({ type: 'string', nullable: true })
  originalKey?: string | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  originalSize?: number | null;

  @Property({ type: 'double', nullable: true })
  duration?: number | null;

  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  @Property({ type: 'boolean' })
  hasAudio: boolean & Opt = true;

  @Property({ type: 'boolean' })
  hasVideo: boolean & Opt = true;

  /** Index into the generated thumbnails (0/25/50/75 %), or -1 for the custom one. */
  @Property({ type: 'smallint' })
  thumbnailIndex: number & Opt = 2;

  @Property({ type: 'smallint' })
  thumbnailCount: number & Opt = 0;

  @Property({ type: 'boolean' })
  hasStoryboard: boolean & Opt = false;

  /** Why processing failed, in words a creator understands. */
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'integer' })
  views: number & Opt = 0;

  @Property({ type: 'integer' })
  likes: number & Opt = 0;

  @Property({ type: 'integer' })
  dislikes: number & Opt = 0;

  @Property({ type: 'integer' })
  commentCount: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @ManyToMany(() => Tag, undefined, { owner: true, pivotTable: 'video_tags' })
  tags = new Collection<Tag>(this);

  @ManyToOne(() => Category, { nullable: true, deleteRule: 'set null' })
  @Index()
  category?: Rel<Category> | null;

  /**
   * When the `video.published` fan-out of the video started: the fan-out job sets it in the statement
   * that checks it is still empty, so a video is announced once however often it is published.
   */
  @Property({ type: 'datetime', nullable: true, hidden: true })
  announcedAt?: Date | null;

  /**
   * Title, tags and description for full-text search, kept up to date by the triggers of the video_search
   * migration (tags live in another table, which a generated column cannot read): never written here.
   */
  @Property({ type: FullTextType, lazy: true, hidden: true, defaultRaw: `''::tsvector` })
  searchVector?: string & Opt;

  @OneToMany(() => VideoRendition, (rendition) => rendition.video, { orphanRemoval: true })
  renditions = new Collection<VideoRendition>(this);
}
