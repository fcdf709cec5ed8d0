import { Typography } from '@mui/material';
import { AppBar, Layout as RaLayout, TitlePortal, type LayoutProps } from 'react-admin';

// react-admin's own app bar (theme toggle, refresh, user menu) with the product name before the page title.
const ClipstreamAppBar = () => (
  <AppBar>
    <Typography component="span" variant="h6" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
      Clipstream
    </Typography>
    <TitlePortal />
  </AppBar>
);

export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={ClipstreamAppBar}>{children}</RaLayout>
);
