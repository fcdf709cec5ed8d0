import { io, type Socket } from 'socket.io-client';
import { tokenStore } from '../auth/tokenStore';

/**
 * The panel's Socket.IO connection, signed in as the moderator (the server puts moderators in their
 * own room). The token is read at each (re)connection, so a new sign-in is picked up without a reload.
 */
export const connectAdminSocket = (): Socket =>
  io({ path: '/socket.io/', auth: (send) => send({ token: tokenStore.get() }) });
