import { Typography } from '@mui/material';
import { AppBar, Layout as RaLayout, TitlePortal, type LayoutProps } from 'react-admin';
import { LiveReportAlerts } from '../reports/LiveReportAlerts';

// react-admin's own app bar (theme toggle, refresh, user menu) with the product name before the page title.
const ClipstreamAppBar = () => (
  <AppBar>
    <Typography component="span" variant="h6" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
      Clipstream
    </Typography>
    <TitlePortal />
  </AppBar>
);

// The layout only renders for a signed-in moderator, so the live socket lives and dies with the session.
export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={ClipstreamAppBar}>
    <LiveReportAlerts />
    {children}
  </RaLayout>
);
