// A key of its own so signing in or out of the web app on the same origin leaves the panel alone.
const TOKEN_KEY = 'clipstream.admin.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};
