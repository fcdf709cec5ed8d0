import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { User } from '@clipstream/core';
import { TokenService } from '../auth/token.service';
import type { RequestUser } from '../common/request-user';

/**
 * The same rules as the HTTP bearer check: a valid signature, a current token version, not banned. No
 * token at all is a guest (null), who may follow public videos' comments and nothing personal.
 */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly orm: MikroORM,
  ) {}

  async authenticate(token: string | undefined): Promise<RequestUser | null> {
    if (!token) return null;
    const payload = this.tokens.verify(token);
    if (!payload) throw new Error('unauthorized: invalid or expired token');
    const user = await this.orm.em.fork().findOne(User, { id: payload.sub });
    if (!user || user.banned || user.tokenVersion !== payload.ver)
      throw new Error('unauthorized: session revoked');
    return { id: user.id, username: user.username, role: user.role };
  }
}
