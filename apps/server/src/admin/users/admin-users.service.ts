import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { User } from '@clipstream/core';
import type { RequestUser } from '../../common/request-user';
import { SocketEmitter } from '../../realtime/socket-emitter';
import { AuditLogService } from '../audit-log.service';
import { idList, likePattern, ParsedListQuery } from '../simple-rest';
import { AdminUserUpdateDto } from './admin-user.dto';

export const ADMIN_USER_SORTABLE = [
  'id',
  'createdAt',
  'username',
  'email',
  'displayName',
  'role',
  'banned',
] as const;

export interface AdminUserRecord {
  id: string;
  email: string;
  username: string;
  displayName: string;
  role: User['role'];
  banned: boolean;
  banReason: string | null;
  bannedAt: string | null;
  storageUsed: number;
  subscribers: number;
  createdAt: string;
}

function toRecord(user: User): AdminUserRecord {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    banned: user.banned,
    banReason: user.banReason ?? null,
    bannedAt: user.bannedAt?.toISOString() ?? null,
    storageUsed: user.storageUsed,
    subscribers: user.subscriberCount,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly sockets: SocketEmitter,
  ) {}

  async list(query: ParsedListQuery): Promise<{ items: AdminUserRecord[]; total: number }> {
    const where: FilterQuery<User> = {};
    const ids = idList(query.filter);
    if (ids) where.id = { $in: ids };
    const pattern = likePattern(query.filter.q);
    if (pattern) {
      where.$or = [
        { username: { $ilike: pattern } },
        { email: { $ilike: pattern } },
        { displayName: { $ilike: pattern } },
      ];
    }
    if (typeof query.filter.role === 'string') where.role = query.filter.role as User['role'];
    if (typeof query.filter.banned === 'boolean') where.banned = query.filter.banned;
    const [users, total] = await this.em.findAndCount(User, where, {
      orderBy: { ...query.orderBy, id: 'asc' },
      offset: query.offset,
      limit: query.limit,
    });
    return { items: users.map(toRecord), total };
  }

  async get(id: string): Promise<AdminUserRecord> {
    return toRecord(await this.find(id));
  }

  async update(actor: RequestUser, id: string, change: AdminUserUpdateDto): Promise<AdminUserRecord> {
    const user = await this.find(id);
    const changesRole = change.role !== undefined && change.role !== user.role;
    const changesBan = change.banned !== undefined && change.banned !== user.banned;
    if (actor.role !== 'admin' && (changesRole || (changesBan && user.role !== 'user'))) {
      throw new ForbiddenException('Only an admin can change roles or ban moderators and admins');
    }
    if (user.id === actor.id && (changesBan || changesRole)) {
      throw new BadRequestException('You cannot ban yourself or change your own role');
    }

    let revoke = false;
    if (changesRole && change.role) {
      this.audit.record({
        actorId: actor.id,
        action: 'user.role',
        targetType: 'user',
        targetId: id,
        data: { from: user.role, to: change.role },
      });
      user.role = change.role;
      revoke = true; // a token carries the role: issue new ones
    }
    if (change.banned === true && !user.banned) {
      user.banned = true;
      user.banReason = change.banReason ?? null;
      user.bannedAt = new Date();
      revoke = true;
      this.audit.record({
        actorId: actor.id,
        action: 'user.ban',
        targetType: 'user',
        targetId: id,
        reason: user.banReason,
      });
    } else if (change.banned === false && user.banned) {
      user.banned = false;
      user.banReason = null;
      user.bannedAt = null;
      this.audit.record({
        actorId: actor.id,
        action: 'user.unban',
        targetType: 'user',
        targetId: id,
        reason: change.banReason ?? null,
      });
    }
    if (change.displayName !== undefined && change.displayName !== user.displayName) {
      this.audit.record({
        actorId: actor.id,
        action: 'user.rename',
        targetType: 'user',
        targetId: id,
        data: { from: user.displayName, to: change.displayName },
      });
      user.displayName = change.displayName;
    }
    if (revoke) user.tokenVersion += 1;
    await this.em.flush();
    if (revoke) this.sockets.disconnectUser(user.id);
    return toRecord(user);
  }

  async remove(actor: RequestUser, id: string): Promise<AdminUserRecord> {
    const user = await this.find(id);
    if (user.id === actor.id) throw new BadRequestException('You cannot delete your own account here');
    if (user.role !== 'user' && actor.role !== 'admin')
      throw new ForbiddenException('Only an admin can delete moderators and admins');
    const record = toRecord(user);
    this.audit.record({
      actorId: actor.id,
      action: 'user.delete',
      targetType: 'user',
      targetId: id,
      data: { username: user.username },
    });
    this.em.remove(user);
    await this.em.flush();
    this.sockets.disconnectUser(id);
    return record;
  }

  private async find(id: string): Promise<User> {
    const user = await this.em.findOne(User, { id });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }
}
