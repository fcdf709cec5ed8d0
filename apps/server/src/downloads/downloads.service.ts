import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  AppConfig,
  Download,
  DownloadPage,
  DownloadProgressEvent,
  DownloadStatus,
  DownloadView,
  InjectConfig,
  SocketEvents,
  Storage,
  StorageKeys,
} from '@clipstream/core';
import { segmentFileName } from '@clipstream/media';
import type { RequestUser } from '../common/request-user';
import { SocketEmitter } from '../realtime/socket-emitter';
import { SourcesService } from '../sources/sources.service';
import { downloadNotFound } from './download-errors';
import type { HandedInspection } from '@clipstream/media';
import { DownloadJobs } from './download-jobs';
import { DownloadQuota } from './download-quota';
import { chooseOutput, DownloadLimits, planDownloads, planMedia, requestedSegments } from './download-plan';
import { toDownloadView } from './download-view';
import { CreateDownloadDto } from './dto/create-download.dto';

const RUNNING: DownloadStatus[] = ['pending', 'processing'];
const RETRYABLE: DownloadStatus[] = ['failed', 'cancelled'];

/** A person's segment downloads: planned and queued here, fetched by the worker. */
@Injectable()
export class DownloadsService {
  private readonly limits: DownloadLimits;

  constructor(
    private readonly em: EntityManager,
    private readonly sources: SourcesService,
    private readonly jobs: DownloadJobs,
    private readonly quota: DownloadQuota,
    private readonly storage: Storage,
    private readonly sockets: SocketEmitter,
    @InjectConfig() config: AppConfig,
  ) {
    this.limits = {
      maxSegmentSeconds: config.DOWNLOAD_MAX_SEGMENT_SECONDS,
      maxBytes: config.DOWNLOAD_MAX_BYTES,
    };
  }

  /**
   * Times are checked before the quota is counted (a typo costs nothing), the duration and size after
   * the one inspection the whole batch shares.
   */
  async create(user: RequestUser, body: CreateDownloadDto): Promise<DownloadView | DownloadView[]> {
    const requested = requestedSegments(body);
    const output = chooseOutput(body);
    planDownloads(requested, this.limits);
    await this.quota.consume(user, requested.segments.length);

    const { inspection, inspectedAt, sourceInfoId } = await this.sources.inspect(body.url);
    const media = planMedia(inspection, output);
    const plans = planDownloads(requested, this.limits, { duration: inspection.duration, media });
    const url = this.sources.normalise(body.url);
    const downloads = plans.map((plan) =>
      this.em.create(Download, {
        user: user.id,
        url,
        sourceInfo: sourceInfoId,
        title: inspection.title,
        start: plan.start,
        end: plan.end,
        quality: output.quality,
        format: output.format,
        fileName: segmentFileName(
          inspection.id,
          plan.start,
          plan.end,
          output.quality,
          output.format,
          plan.name,
        ),
        estimatedSize: plan.estimatedSize,
      }),
    );
    await this.em.flush();
    // the worker needs only the streams it reads (and a small job): formats and chapters are for people
    const streams = [...new Set([media.video, media.audio])].filter((stream) => stream !== undefined);
    await this.enqueueOrForget(downloads, {
      inspection: { ...inspection, formats: [], chapters: [], streams },
      inspectedAt,
    });
    const views = downloads.map(toDownloadView);
    return requested.batch ? views : views[0];
  }

  async list(user: RequestUser, page: number, pageSize: number): Promise<DownloadPage> {
    const [downloads, total] = await this.em.findAndCount(
      Download,
      { user: user.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize },
    );
    return { items: downloads.map(toDownloadView), total };
  }

  async get(user: RequestUser, id: string): Promise<DownloadView> {
    return toDownloadView(await this.owned(user, id));
  }

  async retry(user: RequestUser, id: string): Promise<DownloadView> {
    await this.owned(user, id);
    // the previous job ends within a second of a cancel (see the worker's DownloadTracker)
    if (!(await this.jobs.withdraw(id))) {
      throw new ConflictException('The previous attempt is still stopping; try again in a moment');
    }
    const download = await this.transition(
      user,
      id,
      RETRYABLE,
      'pending',
      'Only a failed or cancelled download can be retried',
    );
    await this.enqueueOrForget([download]);
    return toDownloadView(download);
  }

  /** A waiting job is withdrawn; a running one notices the status within a second and kills its tools. */
  async cancel(user: RequestUser, id: string): Promise<DownloadView> {
    const download = await this.transition(
      user,
      id,
      RUNNING,
      'cancelled',
      'This download has already finished',
    );
    await this.jobs.withdraw(id);
    this.announce(download);
    return toDownloadView(download);
  }

  /** A running download is cancelled first, so the worker stops; a file it still moves in, it removes itself. */
  async remove(user: RequestUser, id: string): Promise<void> {
    const download = await this.owned(user, id);
    if (RUNNING.includes(download.status)) {
      await this.em.nativeUpdate(Download, { id, status: { $in: RUNNING } }, { status: 'cancelled' });
      await this.jobs.withdraw(id);
    }
    await this.storage.remove(StorageKeys.downloadDir(id));
    await this.em.nativeDelete(Download, { id });
  }

  private async owned(user: RequestUser, id: string): Promise<Download> {
    const download = await this.em.findOne(Download, { id, user: user.id });
    if (!download) throw downloadNotFound();
    return download;
  }

  /** One conditional UPDATE, so a concurrent change (the worker finishing) cannot be overwritten. */
  private async transition(
    user: RequestUser,
    id: string,
    from: DownloadStatus[],
    to: DownloadStatus,
    refusal: string,
  ): Promise<Download> {
    const download = await this.owned(user, id);
    const reset = to === 'pending' ? { progress: 0, bytes: 0, error: null, note: null } : {};
    const changed = await this.em.nativeUpdate(
      Download,
      { id, status: { $in: from } },
      { status: to, etaSeconds: null, ...reset },
    );
    await this.em.refresh(download);
    if (!changed) throw new ConflictException(`${refusal} (it is ${download.status})`);
    return download;
  }

  /** A row without a job would stay pending for ever: if the queue cannot take it, it fails (and can be retried). */
  private async enqueueOrForget(downloads: Download[], source?: HandedInspection): Promise<void> {
    try {
      await this.jobs.enqueue(
        downloads.map(({ id }) => id),
        source,
      );
    } catch (error) {
      await this.em.nativeUpdate(
        Download,
        { id: { $in: downloads.map(({ id }) => id) } },
        { status: 'failed', error: 'The download could not be queued; try again' },
      );
      throw error;
    }
  }

  private announce(download: Download): void {
    const event: DownloadProgressEvent = {
      downloadId: download.id,
      status: download.status,
      progress: download.progress,
      etaSeconds: null,
      bytes: download.bytes,
    };
    this.sockets.toUser(download.user.id, SocketEvents.downloadProgress, event);
  }
}
