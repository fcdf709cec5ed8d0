import { lazy, Suspense } from 'react';
import { Alert, Box, LinearProgress } from '@mui/material';
import { Title } from 'react-admin';
import { QueueCountsTable } from '../jobs/QueueCountsTable';
import { CountCards } from './CountCards';
import { DashboardCard } from './DashboardCard';
import { mergeDaily } from './mergeDaily';
import { StorageCard } from './StorageCard';
import { useStats } from './useStats';

// recharts is most of the dashboard's weight: its own chunk, fetched once there are figures to chart.
const ActivityCharts = lazy(() =>
  import('./ActivityCharts').then(({ ActivityCharts }) => ({ default: ActivityCharts })),
);

export const Dashboard = () => {
  const { data: stats, error, isPending } = useStats();
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="Dashboard" />
      {isPending && <LinearProgress aria-label="Loading the figures" />}
      {error && <Alert severity="error">The figures could not be loaded: {error.message}</Alert>}
      {stats && (
        <>
          <CountCards counts={stats.counts} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            <StorageCard storage={stats.storage} />
            <DashboardCard title="Queue depths">
              <QueueCountsTable counts={stats.queues} />
            </DashboardCard>
            <Suspense fallback={<LinearProgress aria-label="Loading the charts" />}>
              <ActivityCharts rows={mergeDaily(stats.daily)} />
            </Suspense>
          </Box>
        </>
      )}
    </Box>
  );
};
