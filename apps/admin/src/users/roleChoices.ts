import type { UserRole } from '@clipstream/core/contract';
import { choicesFrom } from '../common/choices';

const ROLE_LABELS: Record<UserRole, string> = { user: 'User', moderator: 'Moderator', admin: 'Admin' };

export const roleChoices = choicesFrom(ROLE_LABELS);
