import { createHash } from 'node:crypto';
import { ConflictException, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { EntityManager, raw } from '@mikro-orm/postgresql';
import { Video, ViewCountView } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { VideosService } from '../videos/videos.service';
import { ViewWindows } from './view-windows';

/** Who is watching, when they are not signed in. */
export interface AnonymousViewer {
  ip: string;
  userAgent: string;
}

/** Counts a view when the player starts, once per viewer (person, or address and browser) per window. */
@Injectable()
export class ViewsService {
  private readonly logger = new Logger(ViewsService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
    private readonly windows: ViewWindows,
  ) {}

  async record(
    videoId: string,
    viewer: RequestUser | undefined,
    client: AnonymousViewer,
  ): Promise<ViewCountView> {
    const video = await this.videos.visible(videoId, viewer);
    if (video.status !== 'ready')
      throw new ConflictException(`This video is ${video.status}: it cannot be watched yet`);
    const first = await this.windows.open(video.id, viewerKey(viewer, client)).catch((err: unknown) => {
      this.logger.error({ err }, 'cannot reach Redis to count a view');
      throw new ServiceUnavailableException('Views cannot be counted right now; try again later');
    });
    if (!first) return { views: video.views, counted: false };
    await this.em.nativeUpdate(Video, { id: video.id }, { views: raw('views + 1') });
    const row = await this.em
      .createQueryBuilder(Video)
      .select('views')
      .where({ id: video.id })
      .execute('get');
    return { views: (row as { views: number }).views, counted: true };
  }
}

/** A signed-in person by id; anyone else by a hash of address and browser (nothing personal is kept). */
function viewerKey(viewer: RequestUser | undefined, client: AnonymousViewer): string {
  if (viewer) return `user:${viewer.id}`;
  return `anon:${createHash('sha256').update(`${client.ip}\n${client.userAgent}`).digest('base64url').slice(0, 22)}`;
}
