import { randomUUID } from 'node:crypto';
import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { Storage, StorageKeys, Video } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { StorageQuota, UploadAllowance } from '../videos/storage-quota';
import { VideoCreation } from '../videos/video-creation.service';
import { originalExtension, parseNewVideoFields } from './new-video-input';

const FORM_HINT = 'send multipart/form-data with the video in a "file" field and a "title"';

/**
 * `POST /api/videos`: streams the `file` part straight to `originals/{id}/` (never into memory), with
 * the size limit lowered to what is left of the user's quota; on any failure the stored bytes are
 * removed again.
 */
@Injectable()
export class MultipartVideoUpload {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: Storage,
    private readonly quota: StorageQuota,
    private readonly creation: VideoCreation,
  ) {}

  async receive(request: FastifyRequest, owner: RequestUser): Promise<Video> {
    if (!request.isMultipart()) throw new BadRequestException(`Not a form upload: ${FORM_HINT}`);
    const allowance = await this.quota.allowance(this.em, owner.id);
    if (allowance.maxBytes === 0) throw await this.quota.overQuota(this.em, owner.id);

    const id = randomUUID();
    try {
      const { fields, original } = await this.readForm(request, id, allowance);
      if (!original) throw new BadRequestException(`The video file is missing: ${FORM_HINT}`);
      const input = await parseNewVideoFields(fields);
      return await this.creation.create(owner.id, {
        ...input,
        id,
        originalKey: original.key,
        originalSize: original.size,
      });
    } catch (error) {
      await this.storage.remove(StorageKeys.originalsDir(id));
      throw await this.translate(error, owner, allowance);
    }
  }

  private async readForm(request: FastifyRequest, id: string, allowance: UploadAllowance) {
    const fields: Record<string, string | string[]> = {};
    let original: { key: string; size: number } | null = null;
    for await (const part of request.parts({ limits: { fileSize: allowance.maxBytes } })) {
      if (part.type === 'field') {
        const previous = fields[part.fieldname];
        const value = String(part.value);
        fields[part.fieldname] = previous === undefined ? value : [previous, value].flat();
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new BadRequestException(`Unexpected file field "${part.fieldname}": ${FORM_HINT}`);
      }
      const key = StorageKeys.original(id, originalExtension(part.filename));
      const stored = await this.storage.write(key, part.file);
      if (part.file.truncated) throw new FileTooLarge();
      original = { key, size: stored.size };
    }
    return { fields, original };
  }

  /** Errors of @fastify/multipart (FST_*) in the contract's words. */
  private async translate(error: unknown, owner: RequestUser, allowance: UploadAllowance): Promise<unknown> {
    const code = (error as { code?: string }).code;
    if (error instanceof FileTooLarge || code === 'FST_REQ_FILE_TOO_LARGE') {
      return allowance.limitedByQuota ? this.quota.overQuota(this.em, owner.id) : this.quota.tooLarge();
    }
    if (code === 'FST_FILES_LIMIT') return new BadRequestException('Send one video per upload');
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      return new BadRequestException('Too many form fields');
    if (
      code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ||
      (error as Error).message === 'Unexpected end of form'
    ) {
      return new BadRequestException(`The form could not be read: ${FORM_HINT}`);
    }
    return error;
  }
}

/** The file part was cut at the size limit. */
class FileTooLarge extends Error {}
