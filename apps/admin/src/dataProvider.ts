import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import type { AdminStats } from './dashboard/types';
import type { QueueCounts } from './jobs/types';
import { httpClient } from './httpClient';

const API_URL = '/api/admin';

/** The simple-rest methods plus the admin API's few routes that are not CRUD. */
export interface AdminDataProvider extends DataProvider {
  /** `POST /api/admin/{resource}/{id}/{action}`, e.g. a video's `reprocess` or a job's `retry`. */
  runAction(resource: string, id: Identifier, action: string): Promise<unknown>;
  getStats(): Promise<AdminStats>;
  getJobCounts(): Promise<QueueCounts>;
}

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}/${path}`)).json as T;

export const dataProvider: AdminDataProvider = {
  ...simpleRestProvider(API_URL, httpClient),
  runAction: async (resource, id, action) =>
    (await httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}/${action}`, { method: 'POST' })).json,
  getStats: () => getJson('stats'),
  getJobCounts: () => getJson('jobs/counts'),
};
