import CancelIcon from '@mui/icons-material/Cancel';
import { UpdateButton, useRecordContext } from 'react-admin';
import { isUnderWay } from './downloadChoices';
import type { AdminDownload } from './types';

/** Stops a download that is still waiting or running; the worker drops what it fetched. */
export const CancelDownloadButton = () => {
  const download = useRecordContext<AdminDownload>();
  if (!download || !isUnderWay(download.status)) return null;
  return (
    <UpdateButton
      label="Cancel"
      aria-label="Cancel download"
      icon={<CancelIcon />}
      data={{ status: 'cancelled' }}
      mutationMode="pessimistic"
      confirmTitle="Cancel this download?"
      confirmContent="The worker stops fetching it; the user sees it as cancelled."
    />
  );
};
