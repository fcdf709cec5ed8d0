import { EntityManager, raw } from '@mikro-orm/postgresql';
import { User } from '../entities';
import { formatBytes } from './format-bytes';

/**
 * Adds the bytes of a new original (an upload, an import, a clip) to the owner's `storage_used` in one
 * statement that refuses to pass `quotaBytes` (0 = no quota), so originals stored at the same time
 * cannot overshoot it together. False when it would pass the quota (nothing is charged then).
 */
export async function chargeStorage(
  em: EntityManager,
  userId: string,
  bytes: number,
  quotaBytes: number,
): Promise<boolean> {
  const where = quotaBytes ? { id: userId, storageUsed: { $lte: quotaBytes - bytes } } : { id: userId };
  const updated = await em.nativeUpdate(User, where, {
    storageUsed: raw(`storage_used + ${Math.trunc(bytes)}`),
  });
  return updated > 0;
}

/** Gives back the bytes of a deleted original (never below zero). */
export async function refundStorage(em: EntityManager, userId: string, bytes: number): Promise<void> {
  if (!bytes) return;
  await em.nativeUpdate(
    User,
    { id: userId },
    { storageUsed: raw(`greatest(storage_used - ${Math.trunc(bytes)}, 0)`) },
  );
}

/** Why the worker refused an original it made (an import, a clip): for its creator, with the size. */
export function overQuotaReason(what: string, bytes: number): string {
  return `${what} (${formatBytes(bytes)}) does not fit in your storage quota: delete some videos to make room`;
}
