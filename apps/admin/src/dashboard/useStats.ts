import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AdminDataProvider } from '../dataProvider';

const REFRESH_MS = 30_000;

/** The dashboard's figures; a new report (live) or a resolution invalidates the `stats` key too. */
export const useStats = () => {
  const dataProvider = useDataProvider<AdminDataProvider>();
  return useQuery({
    queryKey: ['stats'],
    queryFn: () => dataProvider.getStats(),
    refetchInterval: REFRESH_MS,
  });
};
