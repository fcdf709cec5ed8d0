import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  AppConfig,
  Download,
  DownloadStatus,
  InjectConfig,
  SocketEvents,
  Storage,
  StorageKeys,
} from '@clipstream/core';
import { EventPublisher } from '../events/event-publisher';
import { ProgressThrottle } from '../events/progress-throttle';
import { UserNotifier } from '../notifications/user-notifier';
import { DownloadTimedOut } from './download-failure';
import { DownloadTracker, TrackedProgress } from './download-tracker';
import type { HandedInspection } from '@clipstream/media';
import { SegmentFetcher } from './segment-fetcher';
import { freshWorkDir } from './work-dir';

export type DownloadOutcome = 'completed' | 'cancelled' | 'skipped';

const RUNNING: DownloadStatus[] = ['pending', 'processing'];
const HOUR_MS = 3_600_000;

/** Stops the tools when the server cancelled or deleted the download. */
class DownloadStopped extends Error {
  override readonly name = 'DownloadStopped';
}

/**
 * One attempt at one download, from the row to the stored file. Idempotent: an attempt after a crash
 * clears what the previous one left in tmp/, and every status change is a conditional UPDATE, so a
 * cancel or delete from the server always wins over a late write of ours.
 */
@Injectable()
export class DownloadRunner {
  private readonly logger = new Logger(DownloadRunner.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly storage: Storage,
    private readonly fetcher: SegmentFetcher,
    private readonly events: EventPublisher,
    private readonly notifier: UserNotifier,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(downloadId: string, source?: HandedInspection): Promise<DownloadOutcome> {
    const em = this.orm.em.fork();
    const download = await em.findOne(Download, downloadId);
    if (!download || !RUNNING.includes(download.status)) return 'skipped';
    const fresh = { status: 'processing' as const, progress: 0, etaSeconds: null, bytes: 0, error: null };
    if (!(await em.nativeUpdate(Download, { id: downloadId, status: { $in: RUNNING } }, fresh)))
      return 'skipped';
    this.publish(download, 'processing', { progress: 0, etaSeconds: null, bytes: 0 });

    const workDir = await freshWorkDir(this.storage, `download-${downloadId}`);
    const stop = new AbortController();
    const timeoutSeconds = this.config.DOWNLOAD_JOB_TIMEOUT_SECONDS;
    const deadline = AbortSignal.timeout(timeoutSeconds * 1000);
    const tracker = new DownloadTracker(em.fork(), downloadId, () => stop.abort(new DownloadStopped()));
    const throttle = new ProgressThrottle();
    try {
      const result = await this.fetcher.fetch(download, {
        workDir: workDir.path,
        source,
        signal: AbortSignal.any([stop.signal, deadline]),
        onProgress: (progress) => {
          tracker.report(progress);
          if (throttle.shouldSend()) this.publish(download, 'processing', progress);
        },
      });
      return await this.complete(download, result.path, result.note, workDir.key);
    } catch (error) {
      if (stop.signal.aborted) return this.stopped(download);
      if (deadline.aborted) throw new DownloadTimedOut(timeoutSeconds);
      throw error;
    } finally {
      tracker.close();
      await this.storage.remove(workDir.key);
    }
  }

  /** Called once the job failed for good: the row says why, and the owner is told. */
  async fail(downloadId: string, message: string): Promise<void> {
    const em = this.orm.em.fork();
    const changed = await em.nativeUpdate(
      Download,
      { id: downloadId, status: { $in: RUNNING } },
      { status: 'failed', error: message, etaSeconds: null },
    );
    const download = changed ? await em.findOne(Download, downloadId) : null;
    if (!download) return;
    this.publish(download, 'failed', {
      progress: download.progress,
      etaSeconds: null,
      bytes: download.bytes,
    });
    await this.notifier.notify(download.user.id, 'download.failed', {
      downloadId: download.id,
      title: download.title ?? null,
      error: message,
    });
  }

  private async complete(
    download: Download,
    path: string,
    note: string | null,
    workDirKey: string,
  ): Promise<DownloadOutcome> {
    const em = this.orm.em.fork();
    const stored = await this.storage.importFile(path, StorageKeys.download(download.id, download.fileName));
    // the scratch folder goes before the row says completed, so nothing of the job is left once it does
    await this.storage.remove(workDirKey);
    const now = new Date();
    const changed = await em.nativeUpdate(
      Download,
      { id: download.id, status: 'processing' },
      {
        status: 'completed',
        progress: 100,
        etaSeconds: 0,
        bytes: stored.size,
        fileKey: stored.key,
        fileSize: stored.size,
        note,
        completedAt: now,
        expiresAt: new Date(now.getTime() + this.config.DOWNLOAD_TTL_HOURS * HOUR_MS),
      },
    );
    if (!changed) {
      // cancelled or deleted while the file was being moved in
      await this.storage.remove(StorageKeys.downloadDir(download.id));
      return 'cancelled';
    }
    const completed = await em.findOneOrFail(Download, download.id);
    this.publish(completed, 'completed', { progress: 100, etaSeconds: 0, bytes: stored.size });
    await this.notifier.notify(completed.user.id, 'download.completed', {
      downloadId: completed.id,
      title: completed.title ?? null,
      fileName: completed.fileName,
      fileSize: completed.fileSize,
    });
    return 'completed';
  }

  private async stopped(download: Download): Promise<DownloadOutcome> {
    await this.storage.remove(StorageKeys.downloadDir(download.id));
    this.publish(download, 'cancelled', { progress: download.progress, etaSeconds: null, bytes: 0 });
    this.logger.log({ downloadId: download.id }, 'download stopped: cancelled or deleted');
    return 'cancelled';
  }

  private publish(download: Download, status: DownloadStatus, progress: TrackedProgress): void {
    this.events.toUser(download.user.id, SocketEvents.downloadProgress, {
      downloadId: download.id,
      status,
      ...progress,
    });
  }
}
