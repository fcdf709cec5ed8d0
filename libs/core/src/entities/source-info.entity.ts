import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

/** A cached inspection of a URL (yt-dlp -J, completed by ffprobe where the extractor is silent). */
@Entity({ tableName: 'source_infos' })
export class SourceInfo extends BaseEntity {
  /** The normalised URL, or `{extractor}:{id}` when the extractor names the video. */
  @Property({ type: 'text' })
  @Unique()
  cacheKey: string;

  @Property({ type: 'text' })
  url: string;

  @Property({ type: 'string', length: 80 })
  extractor: string;

  @Property({ type: 'string', nullable: true })
  extractorId?: string | null;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'double', nullable: true })
  duration?: number | null;

  /** The inspection as returned by the API. */
  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Property({ type: 'datetime' })
  fetchedAt: Date;
}
