import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig, Download, InjectConfig, Storage, StorageKeys, StoredFileInfo } from '@clipstream/core';

export interface CleanupSummary {
  downloadsExpired: number;
  tmpRemoved: number;
  uploadsRemoved: number;
  notificationsRemoved: number;
}

/** Rows handled per query, so a long backlog never loads at once. */
const BATCH_SIZE = 200;
const HOUR_MS = 3_600_000;
/** Notifications deleted per statement: a long backlog goes in short transactions. */
const NOTIFICATION_BATCH_SIZE = 5000;

/**
 * Removes what the platform no longer needs: expired download files, stale scratch folders, dead uploads,
 * notifications past their retention.
 */
@Injectable()
export class CleanupService {
  private readonly logger = new Logger(CleanupService.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly storage: Storage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<CleanupSummary> {
    const staleBefore = new Date(now.getTime() - this.config.TMP_MAX_AGE_HOURS * HOUR_MS);
    const summary: CleanupSummary = {
      downloadsExpired: await this.expireDownloads(now),
      tmpRemoved: await this.removeStaleTmp(staleBefore),
      uploadsRemoved: await this.removeAbandonedUploads(staleBefore),
      notificationsRemoved: await this.removeOldNotifications(now),
    };
    this.logger.log({ summary }, 'cleanup done');
    return summary;
  }

  /** Files first, then the row: a failure in between only means the removal is repeated next time. */
  private async expireDownloads(now: Date): Promise<number> {
    const em = this.orm.em.fork();
    let expired = 0;
    for (;;) {
      const batch = await em.find(
        Download,
        { status: 'completed', expired: false, expiresAt: { $lt: now } },
        { fields: ['id'], orderBy: { expiresAt: 'asc' }, limit: BATCH_SIZE },
      );
      if (batch.length === 0) return expired;
      const ids = batch.map(({ id }) => id);
      for (const id of ids) await this.storage.remove(StorageKeys.downloadDir(id));
      await em.nativeUpdate(Download, { id: { $in: ids } }, { expired: true, fileKey: null, updatedAt: now });
      em.clear();
      expired += ids.length;
    }
  }

  /** Each job's scratch folder counts as in use while anything inside it changed recently. */
  private async removeStaleTmp(staleBefore: Date): Promise<number> {
    const stale = (await this.storage.listChildren(StorageKeys.tmpDir())).filter(
      ({ modifiedAt }) => modifiedAt < staleBefore,
    );
    for (const { key } of stale) await this.storage.remove(key);
    return stale.length;
  }

  /**
   * tus keeps an upload as `uploads/{id}` (the bytes) and `uploads/{id}.json` (its metadata); both go
   * together, and only when neither changed for the whole period.
   */
  private async removeAbandonedUploads(staleBefore: Date): Promise<number> {
    const uploads = new Map<string, StoredFileInfo[]>();
    for (const entry of await this.storage.listChildren(StorageKeys.uploadsDir())) {
      const id = entry.key.replace(/\.json$/, '');
      uploads.set(id, [...(uploads.get(id) ?? []), entry]);
    }
    let removed = 0;
    for (const entries of uploads.values()) {
      if (entries.some(({ modifiedAt }) => modifiedAt >= staleBefore)) continue;
      for (const { key } of entries) await this.storage.remove(key);
      removed++;
    }
    return removed;
  }

  /**
   * Picked by row address: no index covers the time alone (one would cost every fan-out row another
   * insert), and the oldest rows lie first in the table, so each batch's scan ends early.
   */
  private async removeOldNotifications(now: Date): Promise<number> {
    const days = this.config.NOTIFICATION_RETENTION_DAYS;
    if (days === 0) return 0;
    const before = new Date(now.getTime() - days * 24 * HOUR_MS);
    const connection = this.orm.em.getConnection();
    let removed = 0;
    for (;;) {
      const { affectedRows } = await connection.execute<{ affectedRows: number }>(
        `delete from notifications where ctid = any(array(
           select ctid from notifications where created_at < ? limit ?))`,
        [before, NOTIFICATION_BATCH_SIZE],
        'run',
      );
      removed += affectedRows;
      if (affectedRows < NOTIFICATION_BATCH_SIZE) return removed;
    }
  }
}
