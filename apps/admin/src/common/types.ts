import type { Identifier } from 'react-admin';

/** How the admin API embeds a user in another record (a video's owner, a comment's author, …). */
export interface UserRef {
  id: Identifier;
  username: string;
}

/** What a Datagrid or a show layout reads from a field without a `source`: its header and whether it sorts. */
export interface ColumnProps {
  label?: string | false;
  sortable?: boolean;
}
