import { Server } from 'socket.io';
import { NotificationBatch, notificationOfBatch } from '@clipstream/core';
import { notificationPackets } from './notification-batches';

/** An EVENT packet of the main namespace is its type digit, then the JSON of [event, payload]. */
function decode(packet: string): { type: number; data: unknown[] } {
  return { type: Number(packet[0]), data: JSON.parse(packet.slice(1)) };
}

describe('notificationPackets', () => {
  // never attached: nothing listens, only its encoder is used
  const server = new Server();

  const batch: NotificationBatch = {
    type: 'video.published',
    data: {
      videoId: 'v1',
      title: 'A "quoted" <b>title</b> \\ with ünïcode',
      channel: { id: 'c1', username: 'chan', displayName: 'Chan' },
    },
    createdAt: '2026-11-21T12:00:00.000Z',
    recipients: [['u1', 'n1']],
  };

  it('decodes, for each person, to the event notificationOfBatch gives them', () => {
    const packetOf = notificationPackets(server, batch);
    for (const id of ['n1', '3b0c2c36-0d8c-4d52-a2d6-3c4f1f0d9e11']) {
      expect(decode(packetOf(id))).toEqual({
        type: 2,
        data: ['notification', notificationOfBatch(batch, id)],
      });
    }
  });

  it('keeps the row id where the data holds an id of its own', () => {
    const tricky = { ...batch, data: { id: 'not-the-row', videoId: 'v1' } };
    expect(decode(notificationPackets(server, tricky)('n7')).data[1]).toMatchObject({
      id: 'n7',
      videoId: 'v1',
    });
  });
});
