import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { AuthResponse, User } from '@clipstream/core';
import { toUserView } from '../users/user-view';
import { NewUser, UsersService } from '../users/users.service';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async register(input: NewUser): Promise<AuthResponse> {
    const user = await this.users.create({ ...input, role: 'user' });
    return this.session(user);
  }

  /** The user behind these credentials, or a 401 that does not tell which half was wrong. */
  async verifyCredentials(login: string, password: string): Promise<User> {
    const user = await this.users.findByLogin(login);
    const valid = user ? await this.hasher.verify(password, user.passwordHash) : false;
    if (!user || !valid) throw new UnauthorizedException('Wrong login or password');
    if (user.banned) {
      throw new ForbiddenException(
        `This account is banned${user.banReason ? `: ${user.banReason}` : ''}. Contact the moderators if you think this is a mistake.`,
      );
    }
    return user;
  }

  session(user: User): AuthResponse {
    return { user: toUserView(user), accessToken: this.tokens.issue(user) };
  }
}
