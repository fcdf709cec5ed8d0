import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig, InjectConfig, resolveJwtSecret } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { UsersService } from '../users/users.service';
import type { AccessTokenPayload } from './token.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: resolveJwtSecret(config),
      ignoreExpiration: false,
    });
  }

  /** A valid signature is not enough: a banned user or a revoked token is refused at once. */
  async validate(payload: AccessTokenPayload): Promise<RequestUser> {
    const user = await this.users.findById(payload.sub);
    if (!user || user.tokenVersion !== payload.ver)
      throw new UnauthorizedException('Your session has expired; sign in again');
    if (user.banned) throw new UnauthorizedException('This account is banned');
    return { id: user.id, username: user.username, role: user.role };
  }
}
