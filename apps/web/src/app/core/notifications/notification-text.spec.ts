import { NOTIFICATION_TYPES, type NotificationEvent } from '@clipstream/contract';

import { describeNotification, NOTIFICATION_TYPE_LABELS } from './notification-text';

function event(type: NotificationEvent['type'], data: Record<string, unknown>): NotificationEvent {
  return { id: 'n1', type, createdAt: '2026-01-01T00:00:00Z', ...data };
}

const actor = { id: 'u2', username: 'bob', displayName: 'Bob <b>B</b>', avatarUrl: null };

describe('describeNotification', () => {
  it('links a new video of a followed channel to its watch page', () => {
    const shown = describeNotification(
      event('video.published', {
        videoId: 'v1',
        title: 'Cats',
        channel: { id: 'u3', username: 'cara', displayName: 'Cara' },
      }),
    );
    expect(shown.text).toBe('Cara published “Cats”');
    expect(shown.link).toEqual({ commands: ['/watch', 'v1'] });
  });

  it('links a reply to the comment on the watch page, quoting it as written', () => {
    const shown = describeNotification(
      event('comment.reply', { videoId: 'v1', title: 'Cats', commentId: 'c9', excerpt: '<i>hi</i>', actor }),
    );
    expect(shown.text).toBe('Bob <b>B</b> replied to your comment: “<i>hi</i>”');
    expect(shown.link).toEqual({ commands: ['/watch', 'v1'], queryParams: { comment: 'c9' } });
  });

  it('names the video of a new comment', () => {
    const shown = describeNotification(
      event('comment.new', { videoId: 'v1', title: 'Cats', commentId: 'c1', excerpt: 'nice', actor }),
    );
    expect(shown.text).toBe('Bob <b>B</b> commented on “Cats”: “nice”');
  });

  it('links a new subscriber to their channel', () => {
    const shown = describeNotification(event('subscriber.new', { actor, subscribers: 4 }));
    expect(shown.link).toEqual({ commands: ['/channel', 'bob'] });
  });

  it('sends finished and failed downloads to the download page', () => {
    expect(
      describeNotification(event('download.completed', { downloadId: 'd1', fileName: 'a.mp4', title: null }))
        .text,
    ).toBe('Your download “a.mp4” is ready');
    expect(describeNotification(event('download.failed', { downloadId: 'd1' })).link).toEqual({
      commands: ['/download'],
    });
  });

  it('copes with data it does not expect', () => {
    const shown = describeNotification(event('comment.new', { actor: 42 }));
    expect(shown.text).toBe('Someone commented on “Untitled”');
    expect(shown.link).toBeNull();
  });

  it('has a label for every type', () => {
    expect(Object.keys(NOTIFICATION_TYPE_LABELS).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });
});
