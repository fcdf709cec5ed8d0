import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AuditLog } from '@clipstream/core';
import { idFilter, idList, ParsedListQuery } from '../simple-rest';

export const ADMIN_AUDIT_LOG_SORTABLE = ['createdAt', 'action', 'targetType', 'id'] as const;

export interface AuditLogRecord {
  id: string;
  /** null once the moderator's account is deleted. */
  actor: { id: string; username: string } | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

/** Needs `actor` populated. */
function toRecord(entry: AuditLog): AuditLogRecord {
  return {
    id: entry.id,
    actor: entry.actor ? { id: entry.actor.id, username: entry.actor.username } : null,
    actorId: entry.actor?.id ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason ?? null,
    data: entry.data ?? null,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** Read only: the log is written by the actions themselves. */
@Injectable()
export class AdminAuditLogsService {
  constructor(private readonly em: EntityManager) {}

  async list(query: ParsedListQuery): Promise<{ items: AuditLogRecord[]; total: number }> {
    const { filter } = query;
    const where: FilterQuery<AuditLog> = {};
    const ids = idList(filter);
    if (ids) where.id = { $in: ids };
    const actorId = idFilter(filter, 'actorId');
    if (actorId) where.actor = actorId;
    for (const field of ['action', 'targetType', 'targetId'] as const) {
      const value = filter[field];
      if (typeof value === 'string' && value) where[field] = value;
    }
    const [entries, total] = await this.em.findAndCount(AuditLog, where, {
      populate: ['actor'],
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    return { items: entries.map(toRecord), total };
  }

  async get(id: string): Promise<AuditLogRecord> {
    const entry = await this.em.findOne(AuditLog, { id }, { populate: ['actor'] });
    if (!entry) throw new NotFoundException('Audit log entry not found');
    return toRecord(entry);
  }
}
