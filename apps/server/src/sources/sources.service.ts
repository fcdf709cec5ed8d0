import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, InjectConfig, SourceInfo } from '@clipstream/core';
import { SourceInspection, toPublicInspection, validateSourceUrl, YtDlp } from '@clipstream/media';
import { CachedSource, SourceCache } from './source-cache';
import { toHttpError } from './source-http-errors';

/** yt-dlp's catch-all extractor: its ids are file names, so only the URL identifies the source. */
const GENERIC_EXTRACTOR = 'generic';

/** What is at a URL: asked of yt-dlp once a day per URL, recorded as a SourceInfo row. */
@Injectable()
export class SourcesService {
  constructor(
    private readonly ytdlp: YtDlp,
    private readonly cache: SourceCache,
    private readonly em: EntityManager,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** A hostile or malformed URL is refused here with a 400, before any process starts. */
  async inspect(rawUrl: string): Promise<CachedSource> {
    const url = this.normalise(rawUrl);
    const cached = await this.cache.get(url);
    if (cached) return cached;
    let inspection: SourceInspection;
    const inspectedAt = Date.now();
    try {
      inspection = await this.ytdlp.inspect(url, { timeoutMs: this.config.INSPECT_TIMEOUT_SECONDS * 1000 });
    } catch (error) {
      throw toHttpError(error);
    }
    const entry = { inspection, inspectedAt, sourceInfoId: await this.record(url, inspection) };
    await this.cache.set([url, this.normalise(inspection.url)], entry);
    return entry;
  }

  /** The checked URL without its fragment (never sent to a server, so it names nothing new). */
  normalise(rawUrl: string): string {
    let href: string;
    try {
      href = validateSourceUrl(rawUrl, this.config.URL_ALLOWLIST);
    } catch (error) {
      throw toHttpError(error);
    }
    const url = new URL(href);
    url.hash = '';
    return url.href;
  }

  private async record(url: string, inspection: SourceInspection): Promise<string> {
    const named = inspection.extractor !== GENERIC_EXTRACTOR;
    const info = await this.em.fork().upsert(
      SourceInfo,
      {
        id: randomUUID(),
        cacheKey: named ? `${inspection.extractor}:${inspection.id}` : url,
        url: inspection.url,
        extractor: inspection.extractor.slice(0, 80),
        extractorId: named ? inspection.id.slice(0, 255) : null,
        title: inspection.title,
        duration: inspection.duration,
        data: { ...toPublicInspection(inspection) },
        fetchedAt: new Date(),
      },
      // the id is only used by a first insert; a known URL keeps its row
      { onConflictFields: ['cacheKey'], onConflictExcludeFields: ['id'] },
    );
    return info.id;
  }
}
