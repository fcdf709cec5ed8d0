import { Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { AppConfig, InjectConfig } from '@clipstream/core';

@Injectable()
export class PasswordHasher {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.PASSWORD_HASH_ROUNDS);
  }

  verify(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }
}
