import { Admin, defaultDarkTheme, defaultLightTheme, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { dataProvider } from './dataProvider';
import { Layout } from './layout/Layout';
import { users } from './users';

// Served under /admin/ with an SPA fallback, so real paths (/admin/users/42) rather than hash URLs.
export const App = () => (
  <BrowserRouter basename="/admin">
    <Admin
      title="Clipstream admin"
      authProvider={authProvider}
      dataProvider={dataProvider}
      layout={Layout}
      lightTheme={defaultLightTheme}
      darkTheme={defaultDarkTheme}
      disableTelemetry
    >
      <Resource {...users} />
    </Admin>
  </BrowserRouter>
);
