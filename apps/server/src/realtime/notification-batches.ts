import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import * as ws from 'ws';
import {
  NOTIFICATION_BATCH_EVENT,
  NotificationBatch,
  notificationOfBatch,
  Rooms,
  SocketEvents,
} from '@clipstream/core';

/** socket.io-parser's EVENT packet type. */
const EVENT_PACKET = 2;
/** engine.io's MESSAGE packet type, the first character of every socket.io packet on the wire. */
const ENGINE_MESSAGE = '4';
/** Row ids are uuids: 36 ASCII characters, so each person's frame is the template with them written in. */
const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ws's own framing, which socket.io's broadcasts use too; ws's types leave it out. */
const { Sender } = ws as unknown as {
  Sender: {
    frame(
      data: Buffer,
      options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean },
    ): Buffer[];
  };
};

/** One person's `notification`, as socket.io encodes it and, when it can be, as a whole WebSocket frame. */
export interface NotificationPacket {
  /** For a long-polling connection. */
  text: string;
  /** For a WebSocket connection: written as is, in one write. */
  frame?: Buffer;
}

/**
 * engine.io sends `wsPreEncodedFrame` as it is on a WebSocket connection (socket.io's own broadcasts use it),
 * and the text on any other; the option is not in its types.
 */
type PreEncodedWrite = NonNullable<Parameters<Socket['conn']['write']>[1]> & { wsPreEncodedFrame: Buffer[] };

/**
 * The worker's fan-outs reach every server node as one Redis message per batch (not one per person):
 * each node sends the `notification` events to the sockets it holds itself, and skips at once the many
 * people who have none here.
 *
 * The events of a batch differ only by their row id, so the packet is encoded once per batch, and each
 * person's WebSocket frame is a copy of one template frame with their id written in: letting engine.io and
 * ws encode and frame every event anew cost more per person than the write itself.
 */
export function deliverNotificationBatches(server: Server): void {
  const { adapter, sockets } = server.of('/');
  server.on(NOTIFICATION_BATCH_EVENT, (batch: NotificationBatch) => {
    const packetOf = notificationPackets(server, batch);
    for (const [userId, id] of batch.recipients) {
      const socketIds = adapter.rooms.get(Rooms.user(userId));
      if (!socketIds) continue;
      const { text, frame } = packetOf(id);
      for (const socketId of socketIds) {
        const options: PreEncodedWrite | undefined = frame && { wsPreEncodedFrame: [frame] };
        sockets.get(socketId)?.conn.write(text, options);
      }
    }
  });
}

/** The encoded `notification` packet of each person of the batch, by their row id. */
export function notificationPackets(
  server: Server,
  batch: NotificationBatch,
): (id: string) => NotificationPacket {
  // a fresh random id stands in for the person's: it cannot occur in the batch's data
  const placeholder = randomUUID();
  const [encoded] = server.encoder.encode({
    type: EVENT_PACKET,
    nsp: '/',
    data: [SocketEvents.notification, notificationOfBatch(batch, placeholder)],
  });
  const [head, tail, ...more] = String(encoded).split(JSON.stringify(placeholder));
  if (tail === undefined || more.length) throw new Error('the notification packet could not be templated');

  const template = Buffer.concat(
    Sender.frame(Buffer.from(ENGINE_MESSAGE + String(encoded)), {
      fin: true,
      opcode: 1,
      mask: false,
      readOnly: false,
      rsv1: false,
    }),
  );
  // the placeholder ends just before the closing quote that precedes the tail
  const idAt = template.length - Buffer.byteLength(tail) - 1 - placeholder.length;
  return (id) => {
    const text = head + JSON.stringify(id) + tail;
    if (!ROW_ID.test(id)) return { text };
    const frame = Buffer.allocUnsafe(template.length);
    template.copy(frame);
    frame.write(id, idAt, 'latin1');
    return { text, frame };
  };
}
