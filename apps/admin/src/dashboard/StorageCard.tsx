import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { formatBytes } from '../common/format';
import { DashboardCard } from './DashboardCard';
import type { AdminStats } from './types';

const KIND_LABELS: Record<keyof AdminStats['storage'], string> = {
  originals: 'Originals',
  videos: 'Renditions (HLS, thumbnails)',
  downloads: 'Downloads',
  images: 'Avatars and banners',
};

/** Bytes used under DATA_DIR, by kind, each as a share of the total. */
export const StorageCard = ({ storage }: { storage: AdminStats['storage'] }) => {
  const kinds = Object.keys(KIND_LABELS) as (keyof AdminStats['storage'])[];
  const total = kinds.reduce((sum, kind) => sum + storage[kind], 0);
  return (
    <DashboardCard title={`Storage: ${formatBytes(total)}`}>
      <Stack spacing={1.5}>
        {kinds.map((kind) => (
          <Box key={kind}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
              <Typography variant="body2">{KIND_LABELS[kind]}</Typography>
              <Typography variant="body2">{formatBytes(storage[kind])}</Typography>
            </Box>
            <LinearProgress
              variant="determinate"
              value={total ? (storage[kind] / total) * 100 : 0}
              aria-label={`${KIND_LABELS[kind]} share of storage`}
            />
          </Box>
        ))}
      </Stack>
    </DashboardCard>
  );
};
