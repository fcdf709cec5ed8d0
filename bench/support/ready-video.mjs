import { MikroORM } from '@mikro-orm/postgresql';

/**
 * Writes a public, ready video of `ownerId` straight through the ORM, as if the pipeline had finished
 * (a bench of serving or fan-out should not pay for a transcode). Its files, if any, are the caller's to
 * place under `videos/{id}/`. Not announced: the bench enqueues its fan-out itself.
 */
export async function createReadyVideo(databaseUrl, ownerId, { title = 'Bench video', duration = 60 } = {}) {
  const { default: core } = await import('../../libs/core/dist/index.js');
  const { createOrmOptions, User, Video } = core;
  const orm = await MikroORM.init(createOrmOptions(databaseUrl));
  try {
    const em = orm.em.fork();
    const video = em.create(Video, {
      owner: em.getReference(User, ownerId),
      title,
      status: 'ready',
      progress: 100,
      visibility: 'public',
      source: 'upload',
      duration,
      width: 1280,
      height: 720,
      publishedAt: new Date(),
    });
    await em.flush();
    return video.id;
  } finally {
    await orm.close();
  }
}
