import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AdminDataProvider } from '../dataProvider';

// Queue depths move while the panel is open; a glance every few seconds is enough for a person.
const REFRESH_MS = 10_000;

/** Each queue's job counts by state. Keyed under `jobs`, so a retry or removal refreshes them too. */
export const useQueueCounts = () => {
  const dataProvider = useDataProvider<AdminDataProvider>();
  return useQuery({
    queryKey: ['jobs', 'counts'],
    queryFn: () => dataProvider.getJobCounts(),
    refetchInterval: REFRESH_MS,
  });
};
