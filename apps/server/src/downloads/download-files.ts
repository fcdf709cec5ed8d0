import { ConflictException, ForbiddenException, GoneException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, Download, InjectConfig, ShareLink, Storage } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { downloadNotFound } from './download-errors';
import { sendDownloadFile } from './download-file-response';
import { isExpired } from './download-view';
import { ShareLinkSigner } from './share-link-signer';

export interface DownloadFile {
  fileKey: string;
  fileName: string;
  format: string;
}

/** Who may fetch a finished file: its owner, or anyone with a share link that has not expired. */
@Injectable()
export class DownloadFiles {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: Storage,
    private readonly signer: ShareLinkSigner,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async ownFile(user: RequestUser, id: string): Promise<DownloadFile> {
    const download = await this.em.findOne(Download, { id, user: user.id });
    if (!download) throw downloadNotFound();
    return this.fileOf(download);
  }

  async sharedFile(token: string): Promise<DownloadFile> {
    const check = this.signer.verify(token);
    if (!check.valid && check.reason === 'expired') throw new GoneException('This share link has expired');
    if (!check.valid) throw new ForbiddenException('This share link is not valid');
    const download = await this.em.findOne(Download, { id: check.downloadId });
    if (!download) throw new GoneException('This download was deleted');
    return this.fileOf(download);
  }

  /** The link lives SHARE_LINK_TTL_SECONDS, never longer than the file. */
  async share(user: RequestUser, id: string): Promise<ShareLink> {
    const download = await this.em.findOne(Download, { id, user: user.id });
    if (!download) throw downloadNotFound();
    this.fileOf(download);
    const wanted = Date.now() + this.config.SHARE_LINK_TTL_SECONDS * 1000;
    const expiresAt = new Date(Math.min(wanted, download.expiresAt?.getTime() ?? wanted));
    const path = `/api/downloads/shared/${this.signer.sign(download.id, expiresAt)}`;
    const url = this.config.PUBLIC_URL ? new URL(path, this.config.PUBLIC_URL).href : path;
    return { url, expiresAt: expiresAt.toISOString() };
  }

  send(request: FastifyRequest, reply: FastifyReply, file: DownloadFile): Promise<FastifyReply> {
    return sendDownloadFile(request, reply, this.storage, file);
  }

  private fileOf(download: Download): DownloadFile {
    if (isExpired(download)) throw new GoneException('The file of this download expired and was removed');
    if (download.status !== 'completed' || !download.fileKey) {
      throw new ConflictException(`This download is ${download.status}: there is no file yet`);
    }
    return { fileKey: download.fileKey, fileName: download.fileName, format: download.format };
  }
}
