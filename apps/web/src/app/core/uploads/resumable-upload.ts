import { computed, signal } from '@angular/core';
import { Upload, type UploadOptions } from 'tus-js-client';

import { TransferRate } from './transfer-rate';
import { describeUploadError, type UploadFailure } from './upload-error';

export type UploadState = 'preparing' | 'uploading' | 'paused' | 'failed' | 'finishing' | 'done';

/** Tries again on a dropped connection or a 5xx before giving up and offering "Resume". */
const RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10_000];
/**
 * Small enough that a proxy's body limit is not hit and a failed request loses little, large enough
 * that the request count stays low against the API rate limit.
 */
const CHUNK_BYTES = 32 * 1024 * 1024;

export interface ResumableUploadOptions {
  file: File;
  endpoint: string;
  headers: Record<string, string>;
  metadata: Record<string, string>;
  fingerprint: UploadOptions['fingerprint'];
  /** Finds the video a finished upload became when the last response did not name it. */
  findVideoId: (uploadUrl: string) => Promise<string>;
  now?: () => number;
}

/**
 * One file on its way to the tus endpoint (tus-js-client behind a small adapter). The upload's URL
 * is remembered in localStorage under the file's fingerprint, so choosing the same file again after
 * a closed tab or a crash continues where the server stopped.
 */
export class ResumableUpload {
  private readonly upload: Upload;
  private readonly rate = new TransferRate();
  private readonly now: () => number;
  private readonly stateSignal = signal<UploadState>('preparing');
  private readonly sentSignal = signal(0);
  private readonly speedSignal = signal<number | null>(null);
  private readonly secondsLeftSignal = signal<number | null>(null);
  private readonly failureSignal = signal<UploadFailure | null>(null);
  private readonly videoIdSignal = signal<string | null>(null);
  private readonly resumedSignal = signal(false);

  readonly file: File;
  readonly total: number;
  readonly state = this.stateSignal.asReadonly();
  readonly sent = this.sentSignal.asReadonly();
  /** Bytes per second over the last few seconds. */
  readonly speed = this.speedSignal.asReadonly();
  readonly secondsLeft = this.secondsLeftSignal.asReadonly();
  readonly failure = this.failureSignal.asReadonly();
  readonly videoId = this.videoIdSignal.asReadonly();
  /** True when this continues an upload begun earlier (another visit, or before a crash). */
  readonly resumed = this.resumedSignal.asReadonly();
  readonly percent = computed(() =>
    this.total > 0 ? Math.min(100, Math.floor((this.sentSignal() / this.total) * 100)) : 0,
  );

  constructor(private readonly options: ResumableUploadOptions) {
    this.file = options.file;
    this.total = options.file.size;
    this.now = options.now ?? (() => performance.now());
    this.upload = new Upload(options.file, {
      endpoint: options.endpoint,
      headers: options.headers,
      metadata: options.metadata,
      fingerprint: options.fingerprint,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => this.progress(sent),
      onError: (error) => this.fail(describeUploadError(error)),
      onSuccess: ({ lastResponse }) => void this.finish(lastResponse.getHeader('X-Video-Id') ?? null),
    });
  }

  async start(): Promise<void> {
    this.stateSignal.set('preparing');
    const previous = await this.upload.findPreviousUploads().catch(() => []);
    if (previous.length > 0) {
      // The newest attempt has the most bytes on the server.
      const newest = [...previous].sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
      this.upload.resumeFromPreviousUpload(newest);
      this.resumedSignal.set(true);
    }
    this.send();
  }

  pause(): void {
    if (this.stateSignal() !== 'uploading') return;
    void this.upload.abort();
    this.stateSignal.set('paused');
    this.speedSignal.set(null);
    this.secondsLeftSignal.set(null);
  }

  /** After a pause or a failure: the server tells how much it has, and the rest follows. */
  resume(): void {
    const state = this.stateSignal();
    if (state === 'paused' || state === 'failed') this.send();
  }

  /** Stops for good and asks the server to drop what it received. */
  async cancel(): Promise<void> {
    this.stateSignal.set('paused');
    await this.upload.abort(true).catch(() => undefined);
  }

  private send(): void {
    this.failureSignal.set(null);
    this.rate.reset();
    this.stateSignal.set('uploading');
    this.upload.start();
  }

  private progress(sent: number): void {
    if (this.stateSignal() !== 'uploading') return;
    sent = Math.min(sent, this.total);
    this.sentSignal.set(sent);
    this.rate.add(sent, this.now());
    this.speedSignal.set(this.rate.bytesPerSecond());
    this.secondsLeftSignal.set(this.rate.secondsLeft(this.total));
  }

  private fail(failure: UploadFailure): void {
    this.failureSignal.set(failure);
    this.stateSignal.set('failed');
    this.speedSignal.set(null);
    this.secondsLeftSignal.set(null);
  }

  private async finish(videoIdHeader: string | null): Promise<void> {
    this.sentSignal.set(this.total);
    this.stateSignal.set('finishing');
    try {
      const videoId = videoIdHeader || (await this.options.findVideoId(this.upload.url ?? ''));
      this.videoIdSignal.set(videoId);
      this.stateSignal.set('done');
    } catch {
      this.fail({
        message: 'The file arrived, but the server has not made a video of it yet. Try again in a moment.',
        retryable: true,
      });
    }
  }
}
