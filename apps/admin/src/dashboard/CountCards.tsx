import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import type { AdminStats } from './types';

/** Each count, and the list it opens. */
const COUNTS: { key: keyof AdminStats['counts']; label: string; resource: string; filter?: object }[] = [
  { key: 'users', label: 'Users', resource: 'users' },
  { key: 'videos', label: 'Videos', resource: 'videos' },
  { key: 'comments', label: 'Comments', resource: 'comments' },
  { key: 'downloads', label: 'Downloads', resource: 'downloads' },
  { key: 'openReports', label: 'Open reports', resource: 'reports', filter: { status: 'open' } },
];

export const CountCards = ({ counts }: { counts: AdminStats['counts'] }) => {
  const createPath = useCreatePath();
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
      {COUNTS.map(({ key, label, resource, filter }) => {
        const path = createPath({ resource, type: 'list' });
        const to = filter ? `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}` : path;
        const alert = key === 'openReports' && counts[key] > 0;
        return (
          <Card key={key}>
            <CardActionArea component={Link} to={to} aria-label={`${label}: ${counts[key]}`}>
              <CardContent>
                <Typography variant="body2" color="text.secondary">
                  {label}
                </Typography>
                <Typography variant="h4" component="p" color={alert ? 'error' : undefined}>
                  {counts[key].toLocaleString()}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        );
      })}
    </Box>
  );
};
