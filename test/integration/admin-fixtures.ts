import { DataProvider, fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { Api, registerUser, Session, uniqueName } from '../support/http';
import type { TestServer } from '../support/test-server';
import { setRole } from './videos-fixtures';

/** Helpers shared by the admin-*.test.ts suites. */

/** The admin panel's own data provider (ra-data-simple-rest) as the client, signed in with this token. */
export function adminDataProvider(baseUrl: string, token: string): DataProvider {
  const httpClient = (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } });
  return simpleRestProvider(`${baseUrl}/api/admin`, httpClient);
}

/** A fresh account made moderator (its token stays valid: roles are read from the database). */
export async function registerModerator(server: TestServer, api: Api): Promise<Session> {
  const session = await registerUser(api, uniqueName('mod'));
  await setRole(server, session.user.id, 'moderator');
  return { ...session, user: { ...session.user, role: 'moderator' } };
}

/** What react-admin's HttpError carries when the API answers 4xx/5xx. */
export interface HttpFailure {
  status: number;
  body: { statusCode: number; message: string };
}

export async function failure(call: Promise<unknown>): Promise<HttpFailure> {
  try {
    await call;
  } catch (error) {
    return error as HttpFailure;
  }
  throw new Error('the call succeeded');
}
