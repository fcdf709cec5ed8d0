import { Injectable } from '@nestjs/common';
import { Storage } from '@clipstream/core';

const AREAS = ['originals', 'videos', 'downloads', 'images'] as const;
export type StorageUsageByArea = Record<(typeof AREAS)[number], number>;

/** Measuring walks every stored file, so a dashboard refreshed often reuses a recent measure. */
const REUSE_MS = 30_000;

/** Bytes stored per kind of file. */
@Injectable()
export class StorageUsage {
  private recent: { measured: Promise<StorageUsageByArea>; at: number } | null = null;

  constructor(private readonly storage: Storage) {}

  byArea(): Promise<StorageUsageByArea> {
    if (!this.recent || Date.now() - this.recent.at > REUSE_MS) {
      const measured = this.measure();
      this.recent = { measured, at: Date.now() };
      measured.catch(() => (this.recent = null)); // a failure is not remembered
    }
    return this.recent.measured;
  }

  private async measure(): Promise<StorageUsageByArea> {
    const sizes = await Promise.all(AREAS.map((area) => this.storage.usage(area)));
    return Object.fromEntries(AREAS.map((area, index) => [area, sizes[index]])) as StorageUsageByArea;
  }
}
