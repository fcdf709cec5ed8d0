import { randomBytes } from 'node:crypto';
import type { DataProvider } from 'ra-core';
import { CATEGORIES } from '../../libs/core/src/migrations/Migration20261121200000_categories';
import { Api, registerUser, Session } from '../support/http';
import { startTestServer, TestServer } from '../support/test-server';
import { adminDataProvider, failure, registerModerator } from './admin-fixtures';
import { makeReadyVideo, orm, postVideoForm, setRole, uniqueWord } from './videos-fixtures';

const SLUG_RULE = 'slug must be 1–40 lowercase letters, digits and hyphens, e.g. "travel-vlogs"';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

interface CategoryRecord {
  id: string;
  slug: string;
  name: string;
  videoCount: number;
  createdAt: string;
  updatedAt: string;
}

describe('admin categories API (simple-rest dialect)', () => {
  let server: TestServer;
  let api: Api;
  let moderator: Session;
  let owner: Session;
  let admin: DataProvider;

  beforeAll(async () => {
    server = await startTestServer();
    api = new Api(server.baseUrl);
    moderator = await registerModerator(server, api);
    owner = await registerUser(api);
    admin = adminDataProvider(server.baseUrl, moderator.token);
  });
  afterAll(() => server.close());

  /** A category of this test only (other suites of the run share the database). */
  const newCategory = async (name = uniqueWord('Cat ')): Promise<CategoryRecord> =>
    (await admin.create('categories', { data: { slug: uniqueWord('cat-'), name } })).data as CategoryRecord;

  const publicCategories = async () =>
    (await api.get('/api/categories')).body.items as Array<{ slug: string; name: string }>;

  it('refuses anonymous callers with 401 and plain users with 403', async () => {
    const user = await registerUser(api);
    for (const [method, path, body] of [
      ['GET', '/api/admin/categories', undefined],
      ['GET', `/api/admin/categories/${SOME_ID}`, undefined],
      ['POST', '/api/admin/categories', { slug: 'nope', name: 'Nope' }],
      ['PUT', `/api/admin/categories/${SOME_ID}`, { name: 'Nope' }],
      ['DELETE', `/api/admin/categories/${SOME_ID}`, undefined],
    ] as const) {
      expect([method, path, (await api.request(method, path, body)).status]).toEqual([method, path, 401]);
      expect([method, path, (await user.api.request(method, path, body)).status]).toEqual([
        method,
        path,
        403,
      ]);
    }
    expect((await publicCategories()).map((category) => category.slug)).not.toContain('nope');
  });

  it('lists the seeded categories with their video counts, simple-rest style and never cached', async () => {
    const listed = await moderator.api.get(
      `/api/admin/categories?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[0,99]')}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.headers.get('content-range')).toMatch(/^categories 0-\d+\/\d+$/);
    expect(listed.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const records = listed.body as CategoryRecord[];
    expect(records.length).toBeGreaterThanOrEqual(CATEGORIES.length);
    for (const [slug, name] of CATEGORIES) {
      expect(records).toContainEqual({
        id: expect.any(String),
        slug,
        name,
        videoCount: expect.any(Number),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    }

    // an admin too, through the panel's own data provider: search, range, sort by count, getMany
    const boss = await registerUser(api);
    await setRole(server, boss.user.id, 'admin');
    const asAdmin = adminDataProvider(server.baseUrl, boss.token);
    const news = await asAdmin.getList('categories', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'slug', order: 'ASC' },
      filter: { q: 'politics' },
    });
    expect(news.data.map((category) => category.slug)).toContain('news-politics');
    const byCount = await asAdmin.getList('categories', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'videoCount', order: 'DESC' },
      filter: {},
    });
    const counts = byCount.data.map((category) => category.videoCount as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const [first, second] = records;
    expect(
      (await asAdmin.getMany('categories', { ids: [first.id, second.id] })).data.map((c) => c.id).sort(),
    ).toEqual([first.id, second.id].sort());
    expect((await asAdmin.getOne('categories', { id: first.id })).data).toEqual(
      expect.objectContaining({ id: first.id, slug: first.slug, name: first.name }),
    );
    const one = await moderator.api.get(`/api/admin/categories/${first.id}`);
    expect(one.headers.get('cache-control')).toBe('no-store');

    const badSort = await moderator.api.get(
      `/api/admin/categories?sort=${encodeURIComponent('["videos","ASC"]')}`,
    );
    expect([badSort.status, badSort.body.message]).toEqual([
      400,
      'sort field must be one of: name, slug, videoCount, createdAt, id',
    ]);
  });

  it('creates a category that videos can be filed under at upload and edit, and counts them', async () => {
    const slug = uniqueWord('travel-vlogs-');
    const created = await moderator.api.post('/api/admin/categories', {
      slug: `  ${slug.toUpperCase()} `, // normalized as a video's category is when looked up
      name: '  Travel vlogs  ',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      slug,
      name: 'Travel vlogs',
      videoCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await publicCategories()).toContainEqual({ slug, name: 'Travel vlogs' });

    const uploaded = await postVideoForm(
      owner,
      { title: 'Lisbon by tram', category: slug },
      { name: 'tram.mp4', bytes: randomBytes(20_000) },
    );
    expect([uploaded.status, uploaded.body.category]).toEqual([201, slug]);
    const readyId = await makeReadyVideo(server, owner.user.id);
    const filed = await owner.api.patch(`/api/videos/${readyId}`, { category: slug });
    expect([filed.status, filed.body.category]).toEqual([200, slug]);
    expect(
      (await api.get(`/api/videos?category=${slug}`)).body.items.map((v: { id: string }) => v.id),
    ).toEqual(
      [readyId], // the upload is still pending, so not listed publicly
    );

    expect((await admin.getOne('categories', { id: created.body.id })).data.videoCount).toBe(2);
    const found = await admin.getList('categories', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: slug },
    });
    expect([found.total, found.data]).toEqual([1, [expect.objectContaining({ slug, videoCount: 2 })]]);
  });

  it('refuses a slug or a name already taken with 409, saying which', async () => {
    const existing = await newCategory();
    const sameSlug = await moderator.api.post('/api/admin/categories', {
      slug: existing.slug,
      name: uniqueWord('Other '),
    });
    expect(sameSlug.status).toBe(409);
    expect(sameSlug.body.message).toBe(
      `A category with the slug "${existing.slug}" already exists: choose another slug`,
    );

    const sameName = await moderator.api.post('/api/admin/categories', {
      slug: uniqueWord('cat-'),
      name: ` ${existing.name.toUpperCase()} `, // names are compared ignoring case
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.message).toBe(
      `A category named "${existing.name}" already exists (slug "${existing.slug}"): choose another name`,
    );

    const seededName = await moderator.api.post('/api/admin/categories', {
      slug: uniqueWord('cat-'),
      name: 'Science & Technology',
    });
    expect([seededName.status, seededName.body.message]).toEqual([
      409,
      expect.stringMatching(/^A category named "Science & Technology" already exists/),
    ]);
    expect(
      (await failure(admin.create('categories', { data: { slug: 'music', name: 'Tunes' } }))).status,
    ).toBe(409);
  });

  it.each([
    [{ slug: 'Travel Vlogs!', name: 'Travel' }, SLUG_RULE],
    [{ slug: 'été', name: 'Summer' }, SLUG_RULE],
    [{ slug: 'x'.repeat(41), name: 'Long' }, SLUG_RULE],
    [{ slug: '   ', name: 'Blank' }, SLUG_RULE],
    [{ name: 'No slug' }, SLUG_RULE],
    [{ slug: 'fine-slug', name: '   ' }, 'name must not be empty'],
    [{ slug: 'fine-slug', name: 'n'.repeat(61) }, 'name must be at most 60 characters long'],
    [{ slug: 'fine-slug' }, 'name must be text'],
    [{ slug: 'fine-slug', name: 'Fine', videoCount: 3 }, 'property videoCount should not exist'],
  ])('refuses a bad new category %j with 400 and a message saying what is wrong', async (body, message) => {
    const refused = await moderator.api.post('/api/admin/categories', body);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(message); // one message, naming the field
  });

  it('renames, keeps the slug (and so every video’s category), and refuses a slug change', async () => {
    const category = await newCategory();
    const videoId = await makeReadyVideo(server, owner.user.id, {
      category: { slug: category.slug, name: category.name },
    });
    const newName = uniqueWord('Renamed ');

    // react-admin PUTs the whole record back
    const renamed = await admin.update('categories', {
      id: category.id,
      data: { ...category, name: `  ${newName} ` },
      previousData: category,
    });
    expect(renamed.data).toEqual({
      ...category,
      name: newName,
      videoCount: 1,
      updatedAt: expect.any(String),
    });
    expect(await publicCategories()).toContainEqual({ slug: category.slug, name: newName });
    expect((await api.get(`/api/videos/${videoId}`)).body.category).toBe(category.slug);

    const slugChange = await moderator.api.put(`/api/admin/categories/${category.id}`, {
      slug: 'another-slug',
      name: newName,
    });
    expect(slugChange.status).toBe(400);
    expect(slugChange.body.message).toMatch(
      new RegExp(`^slug cannot be changed after creation \\(it stays "${category.slug}"\\)`),
    );
    const other = await newCategory();
    const nameTaken = await moderator.api.put(`/api/admin/categories/${category.id}`, { name: other.name });
    expect([nameTaken.status, nameTaken.body.message]).toEqual([
      409,
      `A category named "${other.name}" already exists (slug "${other.slug}"): choose another name`,
    ]);
    const caseOnly = await moderator.api.put(`/api/admin/categories/${category.id}`, {
      name: newName.toUpperCase(),
    });
    expect([caseOnly.status, caseOnly.body.name]).toEqual([200, newName.toUpperCase()]);

    expect((await moderator.api.put(`/api/admin/categories/${category.id}`, { name: '' })).status).toBe(400);
    expect((await moderator.api.put(`/api/admin/categories/${category.id}`, { name: null })).status).toBe(
      400,
    );
    expect((await moderator.api.put(`/api/admin/categories/${SOME_ID}`, { name: 'Ghost' })).status).toBe(404);
    expect((await moderator.api.get('/api/admin/categories/not-a-uuid')).status).toBe(400);
  });

  it('deletes an unused category, and refuses one that videos use until they are re-filed', async () => {
    const unused = await newCategory();
    expect((await admin.delete('categories', { id: unused.id })).data).toEqual(unused);
    expect((await failure(admin.getOne('categories', { id: unused.id }))).status).toBe(404);
    expect((await publicCategories()).map((category) => category.slug)).not.toContain(unused.slug);
    expect((await moderator.api.delete(`/api/admin/categories/${unused.id}`)).status).toBe(404);

    const used = await newCategory();
    const first = await makeReadyVideo(server, owner.user.id, { category: used });
    const second = await makeReadyVideo(server, owner.user.id, {
      category: used,
      visibility: 'private',
      hidden: true,
    });
    const refused = await moderator.api.delete(`/api/admin/categories/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(
      `The category "${used.name}" cannot be deleted: 2 videos use it. ` +
        'Re-file them under another category (or none) first, then delete it',
    );
    expect((await api.get(`/api/videos/${first}`)).body.category).toBe(used.slug);
    expect((await owner.api.get(`/api/videos/${second}`)).body.category).toBe(used.slug);
    expect((await admin.getOne('categories', { id: used.id })).data.videoCount).toBe(2);

    await owner.api.patch(`/api/videos/${first}`, { category: 'travels' });
    const stillOne = await moderator.api.delete(`/api/admin/categories/${used.id}`);
    expect([stillOne.status, stillOne.body.message]).toEqual([
      409,
      expect.stringContaining('1 video uses it'),
    ]);
    await owner.api.patch(`/api/videos/${second}`, { category: null });
    expect((await moderator.api.delete(`/api/admin/categories/${used.id}`)).status).toBe(200);
  });

  it('waits for a video being filed under the category at that moment, then refuses the delete', async () => {
    const category = await newCategory();
    const videoId = await makeReadyVideo(server, owner.user.id);
    const filing = orm(server).em.fork();
    await filing.begin();
    await filing.execute('update videos set category_id = ? where id = ?', [category.id, videoId]);

    let settled = false;
    const deleting = moderator.api.delete(`/api/admin/categories/${category.id}`).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false); // held by the filing's foreign key check, not deciding on a stale count
    await filing.commit();

    const refused = await deleting;
    expect([refused.status, refused.body.message]).toEqual([409, expect.stringContaining('1 video uses it')]);
    expect((await api.get(`/api/videos/${videoId}`)).body.category).toBe(category.slug);
  });

  it('records who created, renamed and deleted a category in the audit log', async () => {
    const category = await newCategory();
    await admin.update('categories', {
      id: category.id,
      data: { ...category, name: `${category.name} 2` },
      previousData: category,
    });
    // the same name again changes nothing, so it leaves no entry
    await admin.update('categories', {
      id: category.id,
      data: { name: `${category.name} 2` },
      previousData: category,
    });
    await admin.delete('categories', { id: category.id });

    const log = await admin.getList('audit-logs', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: { targetType: 'category', targetId: category.id },
    });
    const actor = { id: moderator.user.id, username: moderator.user.username };
    expect(log.total).toBe(3);
    // (in any order: entries written within the same millisecond sort by id)
    expect(log.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'category.create',
          actor,
          data: { slug: category.slug, name: category.name },
        }),
        expect.objectContaining({
          action: 'category.rename',
          actor,
          data: { slug: category.slug, from: category.name, to: `${category.name} 2` },
        }),
        expect.objectContaining({
          action: 'category.delete',
          actor,
          data: { slug: category.slug, name: `${category.name} 2` },
        }),
      ]),
    );
  });
});
