import type { Server } from 'socket.io';
import {
  NOTIFICATION_BATCH_EVENT,
  NotificationBatch,
  notificationOfBatch,
  Rooms,
  SocketEvents,
} from '@clipstream/core';

/**
 * The worker's fan-outs reach every server node as one Redis message per batch (not one per person):
 * each node sends the `notification` events to the sockets it holds itself, and skips at once the many
 * people who have none here.
 */
export function deliverNotificationBatches(server: Server): void {
  const { adapter, sockets } = server.of('/');
  server.on(NOTIFICATION_BATCH_EVENT, (batch: NotificationBatch) => {
    for (const [userId, id] of batch.recipients) {
      const socketIds = adapter.rooms.get(Rooms.user(userId));
      if (!socketIds) continue;
      const event = notificationOfBatch(batch, id);
      for (const socketId of socketIds) sockets.get(socketId)?.emit(SocketEvents.notification, event);
    }
  });
}
