import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@clipstream/core';

/** What a verified access token tells about the caller. */
export interface RequestUser {
  id: string;
  username: string;
  role: UserRole;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestUser | undefined =>
    context.switchToHttp().getRequest<{ user?: RequestUser }>().user,
);
