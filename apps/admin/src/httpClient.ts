import { fetchUtils } from 'react-admin';
import { tokenStore } from './auth/tokenStore';

/** fetchJson with the panel's bearer token, so every API call is made as the signed-in moderator. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const token = tokenStore.get();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: token ? { authenticated: true, token: `Bearer ${token}` } : undefined,
  });
};
