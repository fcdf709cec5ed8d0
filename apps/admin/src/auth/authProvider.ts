import type { AuthProvider } from 'react-admin';
import type { AuthResponse, UserRole, UserView } from '@clipstream/core/contract';
import { httpClient } from '../httpClient';
import { tokenStore } from './tokenStore';

const PANEL_ROLES: readonly UserRole[] = ['moderator', 'admin'];
const NOT_A_MODERATOR = 'This panel is for moderators and admins';

const canUsePanel = (user: Pick<UserView, 'role'>) => PANEL_ROLES.includes(user.role);

let me: { token: string; user: Promise<UserView> } | undefined;

/**
 * The signed-in user, fetched once per token: react-admin asks checkAuth, getIdentity and getPermissions
 * on every page, and a revoked token or a lost role still shows up as a 401/403 on the next data call.
 */
const currentUser = ({ refresh = false } = {}): Promise<UserView> => {
  const token = tokenStore.get();
  // react-admin asks for permissions on the login page too; there is nobody to ask the server about yet.
  if (!token) return Promise.reject(new Error('Not signed in'));
  if (refresh || me?.token !== token) me = { token, user: httpClient('/api/me').then(({ json }) => json) };
  return me.user;
};

/** Whether the session still opens the panel, asked afresh (the role may have changed since sign-in). */
const stillAllowed = () => currentUser({ refresh: true }).then(canUsePanel, () => false);

const signOut = () => {
  tokenStore.clear();
  me = undefined;
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { json } = await httpClient('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ login: username, password }),
    });
    const { user, accessToken } = json as AuthResponse;
    if (!canUsePanel(user)) throw new Error(NOT_A_MODERATOR);
    tokenStore.set(accessToken);
  },

  async logout() {
    signOut();
  },

  async checkAuth() {
    // No token yet is the ordinary first visit: go to the login page without an error toast.
    if (!tokenStore.get()) throw { message: false };
    // A rejection makes react-admin call logout(), which drops the token.
    if (!canUsePanel(await currentUser())) throw new Error(NOT_A_MODERATOR);
  },

  async checkError(error: { status?: number }) {
    const lostAccess =
      error?.status === 401 ||
      // A 403 is also how the server refuses one action to a moderator who may still use the panel
      // (e.g. changing a role): only sign out if the session itself no longer lets them in.
      (error?.status === 403 && !(await stillAllowed()));
    if (lostAccess) {
      signOut();
      throw error;
    }
  },

  async getIdentity() {
    const user = await currentUser();
    return { id: user.id, fullName: user.displayName, avatar: user.avatarUrl ?? undefined };
  },

  async getPermissions() {
    return (await currentUser()).role;
  },
};
