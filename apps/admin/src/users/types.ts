import type { UserView } from '@clipstream/core/contract';

/** A row of /api/admin/users (CONTRACT.md, Admin API). */
export type AdminUser = Pick<UserView, 'id' | 'email' | 'username' | 'displayName' | 'role' | 'createdAt'> & {
  banned: boolean;
  banReason: string | null;
};
