import { inject, Injectable } from '@angular/core';
import type { Visibility } from '@clipstream/contract';
import { defaultOptions, type UploadOptions } from 'tus-js-client';
import { firstValueFrom, timer } from 'rxjs';

import { SessionStore } from '../session/session.store';
import { VideoService } from '../videos/video.service';
import { ResumableUpload } from './resumable-upload';

/** CONTRACT.md: the tus 1.0 endpoint. */
const TUS_ENDPOINT = '/api/uploads/';
/** The video may be created a moment after the last byte arrives. */
const FIND_VIDEO_ATTEMPTS = 6;
const FIND_VIDEO_DELAY_MS = 1000;

export interface UploadDetails {
  title: string;
  description: string;
  visibility: Visibility;
  tags: string[];
  /** A slug of GET /api/categories, or null for none. */
  category: string | null;
}

/** An upload begun in this browser that never finished; the same file continues it. */
export interface UnfinishedUpload {
  storageKey: string;
  filename: string;
  title: string;
  size: number | null;
  createdAt: string;
}

/** The tus metadata of an upload: the details the API reads when it creates the video. */
export function uploadMetadata(file: File, details: UploadDetails): Record<string, string> {
  return {
    filename: file.name,
    filetype: file.type,
    title: details.title,
    description: details.description,
    visibility: details.visibility,
    // Metadata values are strings: tags travel comma-separated (the tag input allows no commas).
    tags: details.tags.join(','),
    ...(details.category ? { category: details.category } : {}),
  };
}

function lastPathSegment(url: string): string {
  return new URL(url, location.href).pathname.split('/').filter(Boolean).pop() ?? '';
}

@Injectable({ providedIn: 'root' })
export class UploadService {
  private readonly session = inject(SessionStore);
  private readonly videos = inject(VideoService);

  create(file: File, details: UploadDetails): ResumableUpload {
    return new ResumableUpload({
      file,
      endpoint: TUS_ENDPOINT,
      headers: { Authorization: `Bearer ${this.session.token() ?? ''}` },
      metadata: uploadMetadata(file, details),
      fingerprint: this.fingerprint(),
      findVideoId: (uploadUrl) => this.findVideoId(uploadUrl),
    });
  }

  /** The signed-in user's unfinished uploads, newest first. */
  async unfinished(): Promise<UnfinishedUpload[]> {
    const marker = this.userMarker();
    if (!marker) return [];
    const stored = await defaultOptions.urlStorage.findAllUploads().catch(() => []);
    return stored
      .filter((upload) => upload.urlStorageKey.includes(`${marker}::`))
      .map((upload) => ({
        storageKey: upload.urlStorageKey,
        filename: upload.metadata['filename'] ?? 'Untitled file',
        title: upload.metadata['title'] ?? '',
        size: upload.size,
        createdAt: upload.creationTime,
      }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async forget(upload: UnfinishedUpload): Promise<void> {
    await defaultOptions.urlStorage.removeUpload(upload.storageKey);
  }

  /**
   * tus-js-client's own fingerprint (name, type, size, date, endpoint) plus the user, so one person's
   * upload is never continued under another's account on a shared browser.
   */
  private fingerprint(): UploadOptions['fingerprint'] {
    const marker = this.userMarker();
    return async (file, options) => `${await defaultOptions.fingerprint(file, options)}${marker}`;
  }

  private userMarker(): string {
    const id = this.session.user()?.id;
    return id ? `-user-${id}` : '';
  }

  private async findVideoId(uploadUrl: string): Promise<string> {
    const uploadId = lastPathSegment(uploadUrl);
    for (let attempt = 1; attempt <= FIND_VIDEO_ATTEMPTS; attempt++) {
      const status = await firstValueFrom(this.videos.uploadStatus(uploadId)).catch(() => null);
      if (status?.videoId) return status.videoId;
      await firstValueFrom(timer(FIND_VIDEO_DELAY_MS * attempt));
    }
    throw new Error(`No video for upload ${uploadId}`);
  }
}
