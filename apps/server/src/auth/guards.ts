import {
  BadRequestException,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ApiBearerAuth } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { UserRole } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';
import { LoginDto } from './dto/login.dto';

/** Requires a valid bearer token. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error;
    if (!user) {
      const reason =
        info instanceof Error && info.name === 'TokenExpiredError' ? 'Your session has expired' : null;
      throw new UnauthorizedException(reason ?? 'Sign in first: a valid bearer token is required');
    }
    return user;
  }
}

/** Lets anonymous callers through but identifies a signed-in one. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(_error: unknown, user: T): T {
    return user || (undefined as T);
  }
}

/** passport-local, after the body has been validated like any DTO (so a missing field is a 400, not a 401). */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body ?? {};
    const errors = await validate(plainToInstance(LoginDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length) {
      throw new BadRequestException(
        errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; '),
      );
    }
    return (await super.canActivate(context)) as boolean;
  }
}

const ROLES = 'roles';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[]>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<{ user?: RequestUser }>().user;
    if (!user) throw new UnauthorizedException('Sign in first');
    if (!roles.includes(user.role)) throw new ForbiddenException('You do not have permission to do this');
    return true;
  }
}

/** A signed-in caller, optionally with one of these roles. */
export const Authenticated = (...roles: UserRole[]) =>
  applyDecorators(SetMetadata(ROLES, roles), UseGuards(JwtAuthGuard, RolesGuard), ApiBearerAuth());
