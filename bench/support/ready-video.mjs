import { MikroORM } from '@mikro-orm/postgresql';

/**
 * Writes public, ready videos straight through the ORM, as if the pipeline had finished (a bench of
 * serving or fan-out should not pay for a transcode). A video's files, if any, are the caller's to place
 * under `videos/{id}/`. Not announced: the fan-out bench enqueues its announcements itself.
 * One ORM serves every video written: starting one per video costs the bench process tens of
 * milliseconds of CPU, which a measured round right after would share its cores with.
 */
export async function openVideoWriter(databaseUrl) {
  const { default: core } = await import('../../libs/core/dist/index.js');
  const { createOrmOptions, User, Video } = core;
  const orm = await MikroORM.init(createOrmOptions(databaseUrl));
  return {
    /** A new ready video of `ownerId`; resolves to its id. */
    async createReadyVideo(ownerId, { title = 'Bench video', duration = 60 } = {}) {
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
    },
    close: () => orm.close(),
  };
}
