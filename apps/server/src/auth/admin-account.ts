import { randomBytes } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CreateRequestContext, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppConfig, User } from '@clipstream/core';
import { InjectConfig } from '../config/app-config';
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
        await this.users.create({ email, username, password, displayName: 'Administrator', role: 'admin' });
        this.logger.log(`created the administrator ${email}`);
        return;
      }
      if (await em.count(User, { role: 'admin' })) return;
      const generated = randomBytes(12).toString('base64url');
      await this.users.create({
        email: `${username}@localhost.invalid`,
        username,
        password: generated,
        displayName: 'Administrator',
        role: 'admin',
      });
      this.logger.warn(
        `created the administrator "${username}" with the password ${generated} — change it, or set ADMIN_EMAIL and ADMIN_PASSWORD`,
      );
    } catch (error) {
      // another server process created it at the same moment
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}
