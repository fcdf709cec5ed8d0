import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { HttpException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FileStore } from '@tus/file-store';
import { ERRORS, Server, Upload } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, InjectConfig, Storage, StorageKeys, UploadStatus, Video } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { StorageQuota } from '../videos/storage-quota';
import { VideoCategories } from '../videos/video-categories';
import { VideoCreation } from '../videos/video-creation.service';
import { originalExtension, parseNewVideoFields } from './new-video-input';

export const TUS_PATH = '/api/uploads';
/** Sent on the response that completes an upload (and readable by browsers through CORS). */
export const VIDEO_ID_HEADER = 'X-Video-Id';
/** The metadata keys a video is made from; clients such as Uppy add others, which are ignored. */
const VIDEO_FIELDS = ['title', 'description', 'visibility', 'tags', 'category'] as const;
/** Set by the server on creation (a client's own value is overwritten): whose upload it is. */
const OWNER_KEY = 'userId';

/** An error as @tus/server sends it: our `{ statusCode, message }` JSON as the body. */
function tusError(error: HttpException): { status_code: number; body: string } {
  return {
    status_code: error.getStatus(),
    body: JSON.stringify({ statusCode: error.getStatus(), message: error.message }),
  };
}

/**
 * tus 1.0 resumable uploads (@tus/server + @tus/file-store under `uploads/`). The file store keeps each
 * upload's offset and metadata on disk, so an upload resumes after a dropped connection and after a
 * restart. The upload id is a UUID and becomes the video's id. The caller (authenticated by the
 * controller) reaches the tus hooks through an AsyncLocalStorage, since tus hands them only its request.
 *
 * @tus/server 2.x is ESM-only: Node ≥ 20.19 loads it with require() (this file compiles to CommonJS);
 * under Jest it is compiled to CommonJS (see `esmOnly` in jest.config.js).
 */
@Injectable()
export class TusUploads {
  private readonly logger = new Logger(TusUploads.name);
  private readonly caller = new AsyncLocalStorage<RequestUser>();
  private readonly store: FileStore;
  private readonly server: Server;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly em: EntityManager,
    private readonly storage: Storage,
    private readonly quota: StorageQuota,
    private readonly creation: VideoCreation,
    private readonly categories: VideoCategories,
  ) {
    this.store = new FileStore({
      directory: storage.localPath(StorageKeys.uploadsDir()),
      // the same age after which the worker's cleanup removes unfinished uploads
      expirationPeriodInMilliseconds: config.TMP_MAX_AGE_HOURS * 3600_000,
    });
    this.server = new Server({
      path: TUS_PATH,
      datastore: this.store,
      relativeLocation: true,
      maxSize: config.UPLOAD_MAX_BYTES,
      exposedHeaders: [VIDEO_ID_HEADER],
      namingFunction: () => randomUUID(),
      onIncomingRequest: (request, id) => this.guard(() => this.checkOwner(request.method, id)),
      onUploadCreate: (_request, upload) => this.guard(() => this.accept(upload)),
      onUploadFinish: (_request, upload) => this.guard(() => this.finish(upload)),
      // tus's own size check, in our words (with the limit)
      onResponseError: (_request, error) =>
        error === ERRORS.ERR_MAX_SIZE_EXCEEDED ? tusError(this.quota.tooLarge()) : undefined,
    });
  }

  /** Lets @tus/server answer this request (Fastify leaves the reply to it) on behalf of `caller`. */
  async handle(request: FastifyRequest, reply: FastifyReply, caller: RequestUser | undefined): Promise<void> {
    reply.hijack();
    const run = () => this.server.handle(request.raw, reply.raw);
    await (caller ? this.caller.run(caller, run) : run());
  }

  /** `GET /api/uploads/:id`: how far an upload got, and its video once complete. */
  async status(id: string, caller: RequestUser): Promise<UploadStatus> {
    const upload = await this.store.getUpload(id).catch(() => null);
    if (upload && upload.metadata?.[OWNER_KEY] === caller.id) {
      return { id, offset: upload.offset, size: upload.size ?? null, videoId: null };
    }
    const video = await this.em.findOne(Video, { id, owner: caller.id, source: 'upload' });
    if (!video) throw new NotFoundException('Upload not found');
    const size = video.originalSize ?? 0;
    return { id, offset: size, size, videoId: video.id };
  }

  private currentCaller(): RequestUser {
    const caller = this.caller.getStore();
    if (!caller) throw new Error('tus hook called outside an authenticated request');
    return caller;
  }

  /** Somebody else's upload does not exist for this caller. */
  private async checkOwner(method: string, id: string): Promise<void> {
    if (method === 'POST' || method === 'OPTIONS') return;
    const upload = await this.store.getUpload(id).catch(() => null);
    if (upload && upload.metadata?.[OWNER_KEY] !== this.currentCaller().id)
      throw new NotFoundException('Upload not found');
  }

  /** Refuses bad metadata and a declared size over the limit or the quota before any byte is sent. */
  private async accept(upload: Upload): Promise<{ metadata: Record<string, string | null> }> {
    const caller = this.currentCaller();
    const input = await parseNewVideoFields(this.videoFields(upload));
    await this.categories.resolve(this.em, input.category);
    if (upload.size !== undefined) await this.quota.assertAllowed(this.em, caller.id, upload.size);
    return { metadata: { ...upload.metadata, [OWNER_KEY]: caller.id } };
  }

  /**
   * The last byte arrived: the file moves to originals/ and becomes a pending video. Runs again when a
   * client repeats the final request (its response was lost), and then only answers.
   */
  private async finish(upload: Upload): Promise<{ headers: Record<string, string> }> {
    const answer = { headers: { [VIDEO_ID_HEADER]: upload.id } };
    if (await this.em.findOne(Video, { id: upload.id }, { fields: ['id'] })) return answer;

    const caller = this.currentCaller();
    const input = await parseNewVideoFields(this.videoFields(upload));
    const uploadKey = `${StorageKeys.uploadsDir()}/${upload.id}`;
    const originalKey = StorageKeys.original(upload.id, originalExtension(upload.metadata?.filename));
    const size = upload.size ?? upload.offset;
    try {
      await this.creation.create(
        caller.id,
        { ...input, id: upload.id, originalKey, originalSize: size },
        async () => {
          await this.storage.importFile(this.storage.localPath(uploadKey), originalKey);
        },
      );
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 413) {
        // over the quota: this upload can never finish, so it is dropped
        await this.store.remove(upload.id).catch(() => undefined);
      } else {
        await this.putBack(originalKey, uploadKey);
      }
      await this.storage.remove(StorageKeys.originalsDir(upload.id));
      throw error;
    }
    await this.store.configstore.delete(upload.id);
    return answer;
  }

  /** After a failure the bytes go back to the upload, so that the client can repeat the final request. */
  private async putBack(originalKey: string, uploadKey: string): Promise<void> {
    if (!(await this.storage.exists(originalKey))) return;
    await this.storage
      .importFile(this.storage.localPath(originalKey), uploadKey)
      .catch((error: unknown) => this.logger.error(error));
  }

  private videoFields(upload: Upload): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const key of VIDEO_FIELDS) {
      const value = upload.metadata?.[key];
      if (value !== undefined && value !== null) fields[key] = value;
    }
    return fields;
  }

  /** Our HTTP errors become tus error responses; anything else stays a 500. */
  private async guard<T>(hook: () => Promise<T>): Promise<T> {
    try {
      return await hook();
    } catch (error) {
      if (error instanceof HttpException) throw tusError(error);
      throw error;
    }
  }
}
