import { Tab, Tabs } from '@mui/material';
import { useListContext } from 'react-admin';
import type { ReportStatus } from '@clipstream/core/contract';
import { reportStatusChoices } from './reportChoices';

/** The queue's two halves, as tabs over the list's `status` filter. */
export const ReportStatusTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  // No tab is selected once "Remove all filters" has dropped the status: the list shows both then.
  const status: ReportStatus | false = filterValues.status ?? false;
  return (
    <Tabs
      value={status}
      onChange={(_event, next: ReportStatus) =>
        setFilters({ ...filterValues, status: next }, displayedFilters)
      }
      aria-label="Report status"
      sx={{ px: 2 }}
    >
      {reportStatusChoices.map(({ id, name }) => (
        <Tab key={id} value={id} label={name} />
      ))}
    </Tabs>
  );
};
