import type { DataProvider } from 'ra-core';
import { Api, login, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { adminDataProvider, failure, registerModerator } from './admin-fixtures';
import { connectAs, LiveSocket } from './social-fixtures';
import { makeReadyVideo, uniqueWord } from './videos-fixtures';

describe('reports: from a viewer to the moderators and back', () => {
  let server: TestServer;
  let api: Api;
  let owner: Session;
  let reporter: Session;
  let moderator: Session;
  let admin: DataProvider;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    owner = await registerUser(api);
    reporter = await registerUser(api);
    moderator = await registerModerator(server, api);
    admin = adminDataProvider(server.baseUrl, moderator.token);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server.close();
  });

  const live = async (session: Session) => {
    const socket = await connectAs(server.baseUrl, session);
    sockets.push(socket);
    return socket;
  };
  const comment = async (session: Session, videoId: string, body: string) =>
    (await session.api.post(`/api/videos/${videoId}/comments`, { body })).body as { id: string };
  const openReport = (targetId: string) =>
    admin.getList('reports', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { targetId },
    });

  it('takes a reason from a signed-in person, once per open report, about what they can see', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const privateId = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
    const hiddenComment = await comment(owner, privateId, 'on my private video');
    const path = `/api/videos/${videoId}/reports`;

    expect((await api.post(path, { reason: 'spam links' })).status).toBe(401);
    expect(
      (await api.post(`/api/comments/${hiddenComment.id}/reports`, { reason: 'spam links' })).status,
    ).toBe(401);
    for (const [body, message] of [
      [{}, /reason is required/],
      [{ reason: ' no ' }, /3 characters at least/],
      [{ reason: 'x'.repeat(1001) }, /at most 1000/],
      [{ reason: 'spam', extra: 1 }, /should not exist/],
    ] as const) {
      const refused = await reporter.api.post(path, body);
      expect([refused.status, refused.body.message]).toEqual([400, expect.stringMatching(message)]);
    }
    for (const unseen of [
      `/api/videos/${privateId}/reports`,
      `/api/videos/00000000-0000-4000-8000-000000000000/reports`,
      '/api/videos/not-an-id/reports',
      `/api/comments/${hiddenComment.id}/reports`,
      '/api/comments/00000000-0000-4000-8000-000000000000/reports',
    ]) {
      expect([unseen, (await reporter.api.post(unseen, { reason: 'spam links' })).status]).toEqual([
        unseen,
        404,
      ]);
    }
    expect(
      (await owner.api.post(`/api/comments/${hiddenComment.id}/reports`, { reason: 'my own, as a test' }))
        .status,
    ).toBe(201);

    const created = await reporter.api.post(path, { reason: '  Spam: links to a scam site  ' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      targetType: 'video',
      targetId: videoId,
      reason: 'Spam: links to a scam site',
      status: 'open',
      createdAt: expect.any(String),
    });
    const again = await reporter.api.post(path, { reason: 'still spam' });
    expect([again.status, again.body.message]).toEqual([
      409,
      expect.stringMatching(/already reported this video/),
    ]);
    const together = await Promise.all(
      [1, 2, 3].map(() => owner.api.post(path, { reason: 'reported at once' })),
    );
    expect(together.map((result) => result.status).sort()).toEqual([201, 409, 409]);
  });

  it('reaches moderators live; resolved with "hide", the reporter is told and the video is gone for viewers but not its owner or moderators', async () => {
    const word = uniqueWord('rep');
    const videoId = await makeReadyVideo(server, owner.user.id, { title: `${word} offending video` });
    const viewer = await registerUser(api);
    const before = (await api.get(`/api/videos/${videoId}`)).body;
    const media = {
      master: before.hlsUrl,
      playlist: before.renditions[0].playlistUrl,
      segment: before.renditions[0].playlistUrl.replace('index.m3u8', 'seg-00000.ts'),
      thumbnail: before.thumbnailUrl,
      storyboard: before.storyboardUrl,
      mp4: before.renditions[0].mp4Url,
    };
    for (const url of Object.values(media))
      expect([url, (await fetch(server.baseUrl + url)).status]).toEqual([url, 200]);

    const moderatorSocket = await live(moderator);
    const viewerSocket = await live(viewer);
    const reporterSocket = await live(reporter);

    const report = (
      await reporter.api.post(`/api/videos/${videoId}/reports`, { reason: 'Misleading and offensive' })
    ).body;
    const arrived = await moderatorSocket.next('report.created', (event) => event.id === report.id);
    expect(arrived).toEqual(
      expect.objectContaining({
        targetType: 'video',
        targetId: videoId,
        reason: 'Misleading and offensive',
        reporter: { id: reporter.user.id, username: reporter.user.username },
        status: 'open',
        target: expect.objectContaining({
          title: `${word} offending video`,
          owner: { id: owner.user.id, username: owner.user.username },
          hidden: false,
        }),
      }),
    );
    expect(viewerSocket.received('report.created')).toEqual([]);

    const queue = await admin.getList('reports', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { status: 'open', targetType: 'video' },
    });
    expect(queue.data.map((each) => each.id)).toContain(report.id);
    const record = (await admin.getOne('reports', { id: report.id })).data;
    expect(record).toEqual(
      expect.objectContaining({ status: 'open', resolution: null, resolvedBy: null, resolvedAt: null }),
    );

    const resolved = await admin.update('reports', {
      id: report.id,
      data: { ...record, status: 'resolved', resolution: 'Hidden: the title is misleading', action: 'hide' },
      previousData: record,
    });
    expect(resolved.data).toEqual(
      expect.objectContaining({
        status: 'resolved',
        resolution: 'Hidden: the title is misleading',
        resolvedBy: { id: moderator.user.id, username: moderator.user.username },
        resolvedAt: expect.any(String),
        target: expect.objectContaining({ hidden: true }),
      }),
    );

    const notice = await reporterSocket.next('notification', (event) => event.type === 'report.resolved');
    expect(notice).toEqual(
      expect.objectContaining({
        reportId: report.id,
        targetType: 'video',
        targetId: videoId,
        title: `${word} offending video`,
        action: 'hide',
        resolution: 'Hidden: the title is misleading',
      }),
    );
    const inbox = (await reporter.api.get('/api/notifications')).body;
    expect(inbox.items.map((item: { id: string }) => item.id)).toContain(notice.id);

    // gone for viewers: the JSON, the catalogue and every media file
    expect((await api.get(`/api/videos/${videoId}`)).status).toBe(404);
    expect((await viewer.api.get(`/api/videos/${videoId}`)).status).toBe(404);
    expect((await api.get(`/api/videos?q=${word}`)).body.items).toEqual([]);
    for (const url of Object.values(media)) {
      expect([url, [403, 404].includes((await fetch(server.baseUrl + url)).status)]).toEqual([url, true]);
    }

    // kept for the owner and moderators, through signed media URLs
    for (const session of [owner, moderator]) {
      const view = (await session.api.get(`/api/videos/${videoId}`)).body;
      expect(view.hidden).toBe(true);
      expect(view.hlsUrl).toMatch(/^\/media\/s\//);
      expect((await fetch(server.baseUrl + view.hlsUrl)).status).toBe(200);
      expect(
        (await fetch(server.baseUrl + view.renditions[0].playlistUrl.replace('index.m3u8', 'seg-00000.ts')))
          .status,
      ).toBe(200);
      expect((await fetch(server.baseUrl + view.thumbnailUrl)).status).toBe(200);
    }
    expect(
      (await fetch(server.baseUrl + (await admin.getOne('videos', { id: videoId })).data.hlsUrl)).status,
    ).toBe(200);

    expect(
      (
        await failure(
          admin.update('reports', {
            id: report.id,
            data: { status: 'resolved', resolution: 'again', action: 'none' },
            previousData: {},
          }),
        )
      ).status,
    ).toBe(409);
    const audit = await admin.getList('audit-logs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { actorId: moderator.user.id, targetId: videoId },
    });
    expect(audit.data.map((entry) => [entry.action, entry.reason])).toEqual([
      ['video.hide', 'Hidden: the title is misleading'],
    ]);
    const resolution = await admin.getList('audit-logs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { action: 'report.resolve', targetId: report.id },
    });
    expect(resolution.data).toEqual([
      expect.objectContaining({
        targetType: 'report',
        data: { action: 'hide', targetType: 'video', targetId: videoId },
      }),
    ]);
  });

  it('resolves a comment report with "delete": the comment goes, every open report of it is answered', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const author = await registerUser(api);
    const second = await registerUser(api);
    const rude = await comment(author, videoId, 'something rude');
    const first = (await reporter.api.post(`/api/comments/${rude.id}/reports`, { reason: 'rude' })).body;
    const other = (await second.api.post(`/api/comments/${rude.id}/reports`, { reason: 'very rude' })).body;
    const record = (await admin.getOne('reports', { id: first.id })).data;
    expect(record.target).toEqual({
      body: 'something rude',
      author: { id: author.user.id, username: author.user.username },
      videoId,
      videoTitle: 'A ready video',
    });

    const hide = await failure(
      admin.update('reports', {
        id: first.id,
        data: { status: 'resolved', resolution: 'Hide it', action: 'hide' },
        previousData: record,
      }),
    );
    expect([hide.status, hide.body.message]).toEqual([
      400,
      expect.stringMatching(/Only a video can be hidden/),
    ]);
    expect(
      (
        await failure(
          admin.update('reports', {
            id: first.id,
            data: { status: 'open', resolution: 'reopen' },
            previousData: record,
          }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await failure(
          admin.update('reports', { id: first.id, data: { status: 'resolved' }, previousData: record }),
        )
      ).status,
    ).toBe(400);

    await admin.update('reports', {
      id: first.id,
      data: { status: 'resolved', resolution: 'Removed: insults', action: 'delete' },
      previousData: record,
    });
    const threads = (await api.get(`/api/videos/${videoId}/comments`)).body.items;
    expect(threads).toEqual([]);
    const both = await openReport(rude.id);
    expect(both.data.map((each) => [each.id, each.status, each.target])).toEqual([
      [first.id, 'resolved', null],
      [other.id, 'resolved', null],
    ]);
    for (const session of [reporter, second]) {
      const items = (await session.api.get('/api/notifications')).body.items;
      expect(items).toContainEqual(
        expect.objectContaining({
          type: 'report.resolved',
          targetId: rude.id,
          action: 'delete',
          excerpt: 'something rude',
        }),
      );
    }
  });

  it('resolves with "ban": the author is banned, their tokens and sockets stop and login says why', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const author = await registerUser(api);
    const authorSocket = await live(author);
    const disconnected = new Promise((resolve) => authorSocket.socket.once('disconnect', resolve));
    const spam = await comment(author, videoId, 'buy cheap pills');
    const report = (await reporter.api.post(`/api/comments/${spam.id}/reports`, { reason: 'spam' })).body;

    const resolved = await admin.update('reports', {
      id: report.id,
      data: { status: 'resolved', resolution: 'Spam account', action: 'ban' },
      previousData: {},
    });
    expect(resolved.data.status).toBe('resolved');
    await disconnected;
    expect((await author.api.get('/api/me')).status).toBe(401);
    const refused = await api.post('/api/auth/login', {
      login: author.user.username,
      password: 'correct horse battery',
    });
    expect([refused.status, refused.body.message]).toEqual([
      403,
      expect.stringMatching(/banned: Spam account/),
    ]);
    expect((await admin.getOne('users', { id: author.user.id })).data).toEqual(
      expect.objectContaining({ banned: true, banReason: 'Spam account' }),
    );
  });

  it('changes nothing when the action is not allowed, and refuses actions on what is gone', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const otherModerator = await registerModerator(server, api);
    const remark = await comment(otherModerator, videoId, 'a moderator remark');
    const report = (await reporter.api.post(`/api/comments/${remark.id}/reports`, { reason: 'unfair' })).body;
    // only an admin bans a moderator: the report stays open
    expect(
      (
        await failure(
          admin.update('reports', {
            id: report.id,
            data: { status: 'resolved', resolution: 'Ban them', action: 'ban' },
            previousData: {},
          }),
        )
      ).status,
    ).toBe(403);
    expect((await admin.getOne('reports', { id: report.id })).data.status).toBe('open');
    expect((await login(api, otherModerator.user.username, 'correct horse battery')).user.username).toBe(
      otherModerator.user.username,
    );

    const gone = await makeReadyVideo(server, owner.user.id);
    const goneReport = (await reporter.api.post(`/api/videos/${gone}/reports`, { reason: 'copyright' })).body;
    expect((await owner.api.delete(`/api/videos/${gone}`)).status).toBe(204);
    const refused = await failure(
      admin.update('reports', {
        id: goneReport.id,
        data: { status: 'resolved', resolution: 'Hide it', action: 'hide' },
        previousData: {},
      }),
    );
    expect([refused.status, refused.body.message]).toEqual([409, expect.stringMatching(/no longer exists/)]);
    const closed = await admin.update('reports', {
      id: goneReport.id,
      data: { status: 'resolved', resolution: 'Deleted by its owner' },
      previousData: {},
    });
    expect(closed.data).toEqual(expect.objectContaining({ status: 'resolved', target: null }));
  });
});
