import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { User } from '@clipstream/core';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'login', passwordField: 'password' });
  }

  validate(login: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(login, password);
  }
}
