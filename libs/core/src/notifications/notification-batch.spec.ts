import { NotificationBatch, notificationOfBatch } from './notification-batch';

describe('notificationOfBatch', () => {
  const batch: NotificationBatch = {
    type: 'video.published',
    data: { videoId: 'v1', title: 'New', channel: { id: 'c1', username: 'chan', displayName: 'Chan' } },
    createdAt: '2026-11-21T12:00:00.000Z',
    recipients: [
      ['u1', 'n1'],
      ['u2', 'n2'],
    ],
  };

  it("is the person's own row: its id, the batch's type, time and data", () => {
    expect(notificationOfBatch(batch, 'n2')).toEqual({
      id: 'n2',
      type: 'video.published',
      createdAt: '2026-11-21T12:00:00.000Z',
      videoId: 'v1',
      title: 'New',
      channel: { id: 'c1', username: 'chan', displayName: 'Chan' },
    });
  });

  it('gives each person their own object', () => {
    const [first, second] = [notificationOfBatch(batch, 'n1'), notificationOfBatch(batch, 'n2')];
    expect([first.id, second.id]).toEqual(['n1', 'n2']);
    expect(first).not.toBe(second);
  });

  it('lets no data overwrite the id, type or time', () => {
    const tricky = { ...batch, data: { id: 'x', type: 'video.ready', createdAt: 'never' } };
    expect(notificationOfBatch(tricky, 'n1')).toEqual({
      id: 'n1',
      type: 'video.published',
      createdAt: '2026-11-21T12:00:00.000Z',
    });
  });
});
