import { Entity, Enum, Index, ManyToOne, Opt, Property, Rel } from '@mikro-orm/core';
import { DOWNLOAD_STATUSES, DownloadStatus } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { SourceInfo } from './source-info.entity';
import { User } from './user.entity';

/** One requested segment of a URL, fetched by the worker into downloads/{id}/. */
@Entity({ tableName: 'downloads' })
@Index({ properties: ['user', 'createdAt'] })
export class Download extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: Rel<User>;

  @Property({ type: 'text' })
  url: string;

  @ManyToOne(() => SourceInfo, { nullable: true, deleteRule: 'set null' })
  sourceInfo?: Rel<SourceInfo> | null;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  /** Seconds into the source; null start/end mean the whole video. */
  @Property({ type: 'double', nullable: true })
  start?: number | null;

  @Property({ type: 'double', nullable: true })
  end?: number | null;

  @Property({ type: 'string', length: 20 })
  quality: string & Opt = 'best';

  @Property({ type: 'string', length: 8 })
  format: string & Opt = 'mp4';

  /** The file name given to the person downloading it. */
  @Property({ type: 'string', length: 255 })
  fileName: string;

  @Enum({ items: () => DOWNLOAD_STATUSES, type: 'string' })
  @Index()
  status: DownloadStatus & Opt = 'pending';

  @Property({ type: 'smallint' })
  progress: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  etaSeconds?: number | null;

  @Property({ type: 'bigint', runtimeType: 'number' })
  bytes: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  estimatedSize?: number | null;

  /** Storage key of the finished file. */
  @Property({ type: 'string', nullable: true })
  fileKey?: string | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  fileSize?: number | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** Set when the source could not seek and the whole file had to be fetched. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  /** When the file is removed; after that the record says the file expired. */
  @Property({ type: 'datetime', nullable: true })
  @Index()
  expiresAt?: Date | null;

  @Property({ type: 'boolean' })
  expired: boolean & Opt = false;
}
