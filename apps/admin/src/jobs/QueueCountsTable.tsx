import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import { jobStateLabel } from './jobChoices';
import { JOB_STATES, type JobState, type QueueCounts } from './types';

/** One row per queue, one column per state; each count opens the jobs list filtered to it. */
export const QueueCountsTable = ({ counts }: { counts: QueueCounts }) => {
  const createPath = useCreatePath();
  const jobsPath = (queue: string, state: JobState) =>
    `${createPath({ resource: 'jobs', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ queue, state }))}`;
  return (
    <Table size="small" aria-label="Jobs per queue and state">
      <TableHead>
        <TableRow>
          <TableCell>Queue</TableCell>
          {JOB_STATES.map((state) => (
            <TableCell key={state} align="right">
              {jobStateLabel(state)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {Object.entries(counts).map(([queue, byState]) => (
          <TableRow key={queue}>
            <TableCell component="th" scope="row">
              {queue}
            </TableCell>
            {JOB_STATES.map((state) => {
              const count = byState[state] ?? 0;
              return (
                <TableCell
                  key={state}
                  align="right"
                  sx={
                    state === 'failed' && count > 0 ? { color: 'error.main', fontWeight: 'bold' } : undefined
                  }
                >
                  {count > 0 ? (
                    <Link
                      to={jobsPath(queue, state)}
                      aria-label={`${count} ${state} in ${queue}`}
                      color="inherit"
                    >
                      {count}
                    </Link>
                  ) : (
                    0
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
