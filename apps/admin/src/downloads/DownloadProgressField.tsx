import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { isUnderWay } from './downloadChoices';
import type { AdminDownload } from './types';
import type { ColumnProps } from '../common/types';

/** A bar while the download runs; nothing once it has ended (its status says how). */
export const DownloadProgressField = (_props: ColumnProps) => {
  const download = useRecordContext<AdminDownload>();
  if (!download || !isUnderWay(download.status)) return null;
  const percent = Math.round(download.progress);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 120 }}>
      <LinearProgress variant="determinate" value={percent} sx={{ flex: 1 }} aria-label="Download progress" />
      <Typography variant="caption">{percent}%</Typography>
    </Box>
  );
};
