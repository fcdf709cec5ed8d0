import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { User, UserRole } from '@clipstream/core';

export interface AccessTokenPayload {
  sub: string;
  username: string;
  role: UserRole;
  /** The user's tokenVersion when issued: a ban or password change invalidates older tokens. */
  ver: number;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(user: User): string {
    const payload: AccessTokenPayload = {
      sub: user.id,
      username: user.username,
      role: user.role,
      ver: user.tokenVersion,
    };
    return this.jwt.sign(payload);
  }

  /** Signature and expiry only; whether the user may still act is the AccessGuard's question. */
  verify(token: string): AccessTokenPayload | null {
    try {
      return this.jwt.verify<AccessTokenPayload>(token);
    } catch {
      return null;
    }
  }
}
