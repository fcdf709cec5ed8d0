import { HttpException, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, chargeStorage, formatBytes, InjectConfig, refundStorage, User } from '@clipstream/core';

export interface UploadAllowance {
  /** The most bytes the next upload may have. */
  maxBytes: number;
  /** Whether that is less than the upload limit because of the user's quota. */
  limitedByQuota: boolean;
}

/**
 * The upload size limit (UPLOAD_MAX_BYTES) and the per-user quota on originals (USER_QUOTA_BYTES, 0 = none).
 * `users.storage_used` counts the bytes of a user's originals.
 */
@Injectable()
export class StorageQuota {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get uploadLimit(): number {
    return this.config.UPLOAD_MAX_BYTES;
  }

  async allowance(em: EntityManager, userId: string): Promise<UploadAllowance> {
    const quota = this.config.USER_QUOTA_BYTES;
    if (!quota) return { maxBytes: this.uploadLimit, limitedByQuota: false };
    const left = Math.max(0, quota - (await this.usedBytes(em, userId)));
    return { maxBytes: Math.min(left, this.uploadLimit), limitedByQuota: left < this.uploadLimit };
  }

  /** Refuses a size up front (the declared length of a tus upload, a multipart file that hit its limit). */
  async assertAllowed(em: EntityManager, userId: string, bytes: number): Promise<void> {
    if (bytes > this.uploadLimit) throw this.tooLarge();
    const allowance = await this.allowance(em, userId);
    if (bytes > allowance.maxBytes) throw await this.overQuota(em, userId);
  }

  /**
   * For originals the worker makes (imports, clips), whose size is known only once they exist: refused
   * up front when nothing is left, or when the expected size (0 = unknown) is more than what is left.
   * The worker charges the real size and fails the video if that does not fit.
   */
  async assertRoomFor(
    em: EntityManager,
    userId: string,
    expectedBytes: number,
    what: 'import' | 'clip',
  ): Promise<void> {
    const { maxBytes, limitedByQuota } = await this.allowance(em, userId);
    if (!limitedByQuota || (maxBytes > 0 && expectedBytes <= maxBytes)) return;
    throw new PayloadTooLargeException(
      `This ${what} does not fit in your storage quota: ${formatBytes(maxBytes)} left` +
        (expectedBytes ? `, about ${formatBytes(expectedBytes)} needed` : '') +
        '. Delete some videos to make room.',
    );
  }

  /** Adds bytes to the user's usage, refusing to pass the quota (race-free). */
  async charge(em: EntityManager, userId: string, bytes: number): Promise<void> {
    if (!(await chargeStorage(em, userId, bytes, this.config.USER_QUOTA_BYTES)))
      throw await this.overQuota(em, userId);
  }

  refund(em: EntityManager, userId: string, bytes: number): Promise<void> {
    return refundStorage(em, userId, bytes);
  }

  tooLarge(): HttpException {
    const limit = this.uploadLimit;
    return new PayloadTooLargeException(
      `The file is too large: uploads are limited to ${formatBytes(limit)} (${limit} bytes)`,
    );
  }

  async overQuota(em: EntityManager, userId: string): Promise<HttpException> {
    const quota = this.config.USER_QUOTA_BYTES;
    const used = await this.usedBytes(em, userId);
    return new PayloadTooLargeException(
      `This upload does not fit in your storage quota of ${formatBytes(quota)}: ` +
        `${formatBytes(used)} used, ${formatBytes(Math.max(0, quota - used))} left. Delete some videos to make room.`,
    );
  }

  /** Read from the table, not the identity map: another upload may have just changed it. */
  private async usedBytes(em: EntityManager, userId: string): Promise<number> {
    const row = await em.createQueryBuilder(User).select('storageUsed').where({ id: userId }).execute('get');
    return Number((row as { storageUsed?: number | string } | undefined)?.storageUsed ?? 0);
  }
}
