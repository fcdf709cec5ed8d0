import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditLog, User } from '@clipstream/core';

export interface AuditEntry {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/** Records every moderator action; persisted with the change it describes (same flush). */
@Injectable()
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  record(entry: AuditEntry): AuditLog {
    return this.em.create(AuditLog, {
      actor: this.em.getReference(User, entry.actorId),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      data: entry.data ?? null,
    });
  }
}
