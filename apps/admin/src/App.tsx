import { Admin, defaultDarkTheme, defaultLightTheme, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import { auditLogs } from './auditLogs';
import { authProvider } from './auth/authProvider';
import { categories } from './categories';
import { comments } from './comments';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { downloads } from './downloads';
import { jobs } from './jobs';
import { Layout } from './layout/Layout';
import { reports } from './reports';
import { users } from './users';
import { videos } from './videos';

// Served under /admin/ with an SPA fallback, so real paths (/admin/users/42) rather than hash URLs.
export const App = () => (
  <BrowserRouter basename="/admin">
    <Admin
      title="Clipstream admin"
      authProvider={authProvider}
      dataProvider={dataProvider}
      dashboard={Dashboard}
      layout={Layout}
      lightTheme={defaultLightTheme}
      darkTheme={defaultDarkTheme}
      disableTelemetry
      // Nothing renders before the session is checked: no flash of the dashboard, no socket without a token.
      requireAuth
    >
      <Resource {...reports} />
      <Resource {...videos} />
      <Resource {...categories} />
      <Resource {...comments} />
      <Resource {...users} />
      <Resource {...downloads} />
      <Resource {...jobs} />
      <Resource {...auditLogs} />
    </Admin>
  </BrowserRouter>
);
