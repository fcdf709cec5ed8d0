import { Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Download, DOWNLOAD_STATUSES, DownloadView } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { toDownloadView } from '../../downloads/download-view';
import { DownloadsService } from '../../downloads/downloads.service';
import { AuditLogService } from '../audit-log.service';
import { choiceFilter, idFilter, idList, likePattern, ParsedListQuery } from '../simple-rest';

export const ADMIN_DOWNLOAD_SORTABLE = [
  'createdAt',
  'status',
  'title',
  'fileSize',
  'completedAt',
  'id',
] as const;

export interface AdminDownloadRecord extends DownloadView {
  user: { id: string; username: string };
  userId: string;
}

/** Needs `user` populated. */
function toRecord(download: Download): AdminDownloadRecord {
  return {
    ...toDownloadView(download),
    user: { id: download.user.id, username: download.user.username },
    userId: download.user.id,
  };
}

/** Every person's segment downloads; cancelling and deleting go through the owner's own paths. */
@Injectable()
export class AdminDownloadsService implements OnModuleInit {
  private downloads!: DownloadsService;

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    // DownloadsModule does not export its service: use the application's one instance, not a second copy
    this.downloads = this.moduleRef.get(DownloadsService, { strict: false });
  }

  async list(query: ParsedListQuery): Promise<{ items: AdminDownloadRecord[]; total: number }> {
    const { filter } = query;
    const where: FilterQuery<Download> = {};
    const ids = idList(filter);
    if (ids) where.id = { $in: ids };
    const status = choiceFilter(filter, 'status', DOWNLOAD_STATUSES);
    if (status) where.status = status;
    const userId = idFilter(filter, 'userId');
    if (userId) where.user = userId;
    const pattern = likePattern(filter.q);
    if (pattern) {
      where.$or = [
        { title: { $ilike: pattern } },
        { url: { $ilike: pattern } },
        { fileName: { $ilike: pattern } },
        { user: { username: { $ilike: pattern } } },
      ];
    }
    const [downloads, total] = await this.em.findAndCount(Download, where, {
      populate: ['user'],
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    return { items: downloads.map(toRecord), total };
  }

  async get(id: string): Promise<AdminDownloadRecord> {
    return toRecord(await this.find(id));
  }

  /** A waiting job is withdrawn, a running one stops within a second (409 when it has finished). */
  async cancel(actor: RequestUser, id: string): Promise<AdminDownloadRecord> {
    const download = await this.find(id);
    await this.downloads.cancel(ownerOf(download), id);
    this.audit.record({
      actorId: actor.id,
      action: 'download.cancel',
      targetType: 'download',
      targetId: id,
      data: { userId: download.user.id },
    });
    await this.em.flush();
    return this.get(id);
  }

  /** The row and its file; a running download is cancelled first. */
  async remove(actor: RequestUser, id: string): Promise<AdminDownloadRecord> {
    const download = await this.find(id);
    const record = toRecord(download);
    await this.downloads.remove(ownerOf(download), id);
    this.audit.record({
      actorId: actor.id,
      action: 'download.delete',
      targetType: 'download',
      targetId: id,
      data: { userId: record.userId, url: record.url, fileName: record.fileName },
    });
    await this.em.flush();
    return record;
  }

  private async find(id: string): Promise<Download> {
    const download = await this.em.findOne(Download, { id }, { populate: ['user'] });
    if (!download) throw new NotFoundException('Download not found');
    return download;
  }
}

/** The downloads service acts for a download's owner; a moderator acts on the owner's behalf. */
function ownerOf(download: Download): RequestUser {
  return { id: download.user.id, username: download.user.username, role: download.user.role };
}
