import { MikroORM } from '@mikro-orm/postgresql';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { together } from './social-fixtures';
import { makeReadyVideo, uniqueWord } from './videos-fixtures';

describe('ratings and views', () => {
  let server: TestServer;
  let api: Api;
  let owner: Session;
  let viewer: Session;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    [owner, viewer] = await Promise.all([registerUser(api), registerUser(api)]);
  });
  afterAll(() => server.close());

  const rate = (session: Session, videoId: string, rating: string) =>
    session.api.put(`/api/videos/${videoId}/rating`, { rating });

  /** The counters must always match the reaction rows. */
  async function rowsOf(videoId: string): Promise<{ likes: number; dislikes: number }> {
    const [row] = await server.app
      .get(MikroORM)
      .em.fork()
      .execute(
        `select count(*) filter (where kind = 'like')::int as likes, count(*) filter (where kind = 'dislike')::int as dislikes
         from reactions where video_id = ?`,
        [videoId],
      );
    return row;
  }

  it('counts 50 people liking at once exactly', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const people = await together(50, () => registerUser(api));
    const answers = await together(50, (index) => rate(people[index], videoId, 'like'));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map((answer) => answer.body.likes)).size).toBe(50); // each saw its own increment
    expect((await api.get(`/api/videos/${videoId}/rating`)).body).toEqual({
      likes: 50,
      dislikes: 0,
      rating: 'none',
    });
    expect((await api.get(`/api/videos/${videoId}`)).body).toMatchObject({ likes: 50, dislikes: 0 });
    expect(await rowsOf(videoId)).toEqual({ likes: 50, dislikes: 0 });
  });

  it('counts the same person once, however often and however fast they rate', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    const twice = await together(10, () => rate(viewer, videoId, 'like'));
    expect(twice.every((answer) => answer.status === 200)).toBe(true);
    expect(twice.at(-1)!.body).toEqual({ likes: 1, dislikes: 0, rating: 'like' });
    expect((await viewer.api.get(`/api/videos/${videoId}/rating`)).body).toEqual({
      likes: 1,
      dislikes: 0,
      rating: 'like',
    });

    // changing their mind back and forth, all at once: the counters still match the one row
    await together(12, (index) => rate(viewer, videoId, ['like', 'dislike', 'none'][index % 3]));
    const counters = (await api.get(`/api/videos/${videoId}/rating`)).body;
    expect(counters).toEqual({ ...(await rowsOf(videoId)), rating: 'none' });
    expect(counters.likes + counters.dislikes).toBeLessThanOrEqual(1);

    expect((await rate(viewer, videoId, 'dislike')).body).toEqual({
      likes: 0,
      dislikes: 1,
      rating: 'dislike',
    });
    expect((await rate(viewer, videoId, 'like')).body).toEqual({ likes: 1, dislikes: 0, rating: 'like' });
    expect((await rate(viewer, videoId, 'none')).body).toEqual({ likes: 0, dislikes: 0, rating: 'none' });
    expect((await rate(viewer, videoId, 'none')).body).toEqual({ likes: 0, dislikes: 0, rating: 'none' });
  });

  it('refuses bad ratings, anonymous raters and videos the rater may not see', async () => {
    const videoId = await makeReadyVideo(server, owner.user.id);
    expect((await rate(viewer, videoId, 'love')).status).toBe(400);
    expect((await api.put(`/api/videos/${videoId}/rating`, { rating: 'like' })).status).toBe(401);
    const privateVideo = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
    expect((await rate(viewer, privateVideo, 'like')).status).toBe(403);
    expect((await rate(owner, privateVideo, 'like')).status).toBe(200);
    expect((await rate(viewer, '00000000-0000-4000-8000-000000000000', 'like')).status).toBe(404);
  });

  describe('views', () => {
    const view = (client: Api, videoId: string, userAgent = 'test-agent/1') =>
      client.post(`/api/videos/${videoId}/views`, undefined, { 'user-agent': userAgent });

    it('counts one view per signed-in viewer per window', async () => {
      const videoId = await makeReadyVideo(server, owner.user.id);
      expect((await view(viewer.api, videoId)).body).toEqual({ views: 1, counted: true });
      expect((await view(viewer.api, videoId)).body).toEqual({ views: 1, counted: false });
      // the same person from another browser is still the same viewer
      expect((await view(viewer.api, videoId, 'other-browser/2')).body).toEqual({ views: 1, counted: false });
      expect((await view(owner.api, videoId)).body).toEqual({ views: 2, counted: true });
      const many = await together(10, () => view(owner.api, videoId));
      expect(many.filter((answer) => answer.body.counted)).toEqual([]);
      expect((await api.get(`/api/videos/${videoId}`)).body.views).toBe(2);
    });

    it('tells anonymous viewers apart by address and browser', async () => {
      const videoId = await makeReadyVideo(server, owner.user.id);
      const first = await together(5, () => view(api, videoId, 'firefox'));
      expect(first.filter((answer) => answer.body.counted)).toHaveLength(1);
      expect((await view(api, videoId, 'chromium')).body).toEqual({ views: 2, counted: true });
    });

    it('counts only videos the viewer may watch, and popular sorting follows the counts', async () => {
      const word = uniqueWord('views');
      const quiet = await makeReadyVideo(server, owner.user.id, { title: `${word} quiet` });
      const busy = await makeReadyVideo(server, owner.user.id, { title: `${word} busy` });
      await together(3, (index) => view(api, busy, `agent-${index}`));
      await view(api, quiet);
      const popular = await api.get(`/api/videos?q=${word}&sort=popular`);
      expect(popular.body.items.map((video: { id: string }) => video.id)).toEqual([busy, quiet]);

      const privateVideo = await makeReadyVideo(server, owner.user.id, { visibility: 'private' });
      expect((await view(viewer.api, privateVideo)).status).toBe(403);
      const processing = await makeReadyVideo(server, owner.user.id, { status: 'processing' });
      expect((await view(viewer.api, processing)).status).toBe(409);
      expect((await view(api, 'not-a-video')).status).toBe(404);
    });
  });
});
