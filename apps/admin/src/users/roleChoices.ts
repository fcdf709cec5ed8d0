import type { UserRole } from '@clipstream/core/contract';

// Typed against UserRole so a role added to the contract without a label here fails the type check.
const ROLE_LABELS: Record<UserRole, string> = { user: 'User', moderator: 'Moderator', admin: 'Admin' };

export const roleChoices = Object.entries(ROLE_LABELS).map(([id, name]) => ({ id, name }));
