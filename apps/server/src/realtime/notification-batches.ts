import { randomUUID } from 'node:crypto';
import type { Server } from 'socket.io';
import {
  NOTIFICATION_BATCH_EVENT,
  NotificationBatch,
  notificationOfBatch,
  Rooms,
  SocketEvents,
} from '@clipstream/core';

/** socket.io-parser's EVENT packet type. */
const EVENT_PACKET = 2;

/**
 * The worker's fan-outs reach every server node as one Redis message per batch (not one per person):
 * each node sends the `notification` events to the sockets it holds itself, and skips at once the many
 * people who have none here.
 *
 * The events of a batch differ only by their row id, so the packet is encoded once per batch and each
 * person's is that text with their id set in, written straight to the connection as socket.io's own
 * broadcasts do: encoding every event anew cost more than the writes themselves.
 */
export function deliverNotificationBatches(server: Server): void {
  const { adapter, sockets } = server.of('/');
  server.on(NOTIFICATION_BATCH_EVENT, (batch: NotificationBatch) => {
    const packetOf = notificationPackets(server, batch);
    for (const [userId, id] of batch.recipients) {
      const socketIds = adapter.rooms.get(Rooms.user(userId));
      if (!socketIds) continue;
      const packet = packetOf(id);
      for (const socketId of socketIds) sockets.get(socketId)?.conn.write(packet);
    }
  });
}

/** The encoded `notification` packet of each person of the batch, by their row id. */
export function notificationPackets(server: Server, batch: NotificationBatch): (id: string) => string {
  // a fresh random id stands in for the person's: it cannot occur in the batch's data
  const placeholder = randomUUID();
  const [encoded] = server.encoder.encode({
    type: EVENT_PACKET,
    nsp: '/',
    data: [SocketEvents.notification, notificationOfBatch(batch, placeholder)],
  });
  const [head, tail, ...more] = String(encoded).split(JSON.stringify(placeholder));
  if (tail === undefined || more.length) throw new Error('the notification packet could not be templated');
  return (id) => head + JSON.stringify(id) + tail;
}
