import { Server } from 'socket.io';
import { NotificationBatch, notificationOfBatch } from '@clipstream/core';
import { notificationPackets } from './notification-batches';

/** An EVENT packet of the main namespace is its type digit, then the JSON of [event, payload]. */
function decode(packet: string): { type: number; data: unknown[] } {
  return { type: Number(packet[0]), data: JSON.parse(packet.slice(1)) };
}

/** The text of an unmasked, final WebSocket text frame, checking its header on the way. */
function frameText(frame: Buffer): string {
  expect(frame[0]).toBe(0x81);
  const [length, at] = frame[1] === 126 ? [frame.readUInt16BE(2), 4] : [frame[1], 2];
  expect(frame.length).toBe(at + length);
  return frame.subarray(at).toString('utf8');
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
      expect(decode(packetOf(id).text)).toEqual({
        type: 2,
        data: ['notification', notificationOfBatch(batch, id)],
      });
    }
  });

  it('keeps the row id where the data holds an id of its own', () => {
    const tricky = { ...batch, data: { id: 'not-the-row', videoId: 'v1' } };
    expect(decode(notificationPackets(server, tricky)('n7').text).data[1]).toMatchObject({
      id: 'n7',
      videoId: 'v1',
    });
  });

  it("frames a row id's packet for WebSocket connections: the engine.io message of the same text", () => {
    const packetOf = notificationPackets(server, batch);
    const ids = ['3b0c2c36-0d8c-4d52-a2d6-3c4f1f0d9e11', 'F47AC10B-58CC-4372-A567-0E02B2C3D479'];
    for (const id of ids) {
      const { text, frame } = packetOf(id);
      expect(frame).toBeDefined();
      expect(frameText(frame!)).toBe(`4${text}`);
    }
    // each person's frame is their own: writing one id in never shows in another's
    const [first, second] = ids.map((id) => packetOf(id).frame!);
    expect(first.equals(second)).toBe(false);
    expect(frameText(first)).toContain(ids[0]);
  });

  it('sends an id that is not a uuid as text only', () => {
    expect(notificationPackets(server, batch)('n1').frame).toBeUndefined();
  });
});
