import { Box, Typography } from '@mui/material';
import { QueueCountsTable } from './QueueCountsTable';
import { useQueueCounts } from './useQueueCounts';

/** The head of the jobs page: every queue's counts at a glance. */
export const JobCountsPanel = () => {
  const { data } = useQueueCounts();
  return (
    <Box component="section" aria-label="Queue counts" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        Queues
      </Typography>
      {data && <QueueCountsTable counts={data} />}
    </Box>
  );
};
