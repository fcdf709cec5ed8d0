import { randomBytes } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CreateRequestContext, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppConfig, InjectConfig, User } from '@clipstream/core';
import { UsersService } from '../users/users.service';

/**
 * Makes sure an administrator exists: the ADMIN_EMAIL/ADMIN_PASSWORD account when configured
 * (promoted to admin if it already exists), otherwise — on an installation without any admin — an
 * `admin` account with a random password printed once in the log.
 */
@Injectable()
export class AdminAccount implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminAccount');

  constructor(
    // read by @CreateRequestContext
    private readonly orm: MikroORM,
    private readonly users: UsersService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** ADMIN_USERNAME, or a variant of it when a person already has that name. */
  private async freeUsername(wanted: string): Promise<string> {
    const exists = (name: string) => this.orm.em.count(User, { username: name.toLowerCase() });
    if (!(await exists(wanted))) return wanted;
    for (;;) {
      const candidate = `${wanted.slice(0, 25)}_${randomBytes(2).toString('hex')}`;
      if (!(await exists(candidate))) return candidate;
    }
  }

  @CreateRequestContext()
  async onApplicationBootstrap(): Promise<void> {
    const em = this.orm.em;
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_USERNAME: username } = this.config;
    try {
      if (email && password) {
        const existing = await em.findOne(User, { email: email.toLowerCase() });
        if (existing) {
          if (existing.role !== 'admin') {
            existing.role = 'admin';
            await em.flush();
          }
          return;
        }
        const free = await this.freeUsername(username);
        await this.users.create({
          email,
          username: free,
          password,
          displayName: 'Administrator',
          role: 'admin',
        });
        this.logger.log(`created the administrator ${email} (username ${free})`);
        return;
      }
      if (await em.count(User, { role: 'admin' })) return;
      const generated = randomBytes(12).toString('base64url');
      const free = await this.freeUsername(username);
      await this.users.create({
        email: `${free}@localhost.invalid`,
        username: free,
        password: generated,
        displayName: 'Administrator',
        role: 'admin',
      });
      this.logger.warn(
        `created the administrator "${free}" with the password ${generated} — change it, or set ADMIN_EMAIL and ADMIN_PASSWORD`,
      );
    } catch (error) {
      // another server process created it at the same moment
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}
