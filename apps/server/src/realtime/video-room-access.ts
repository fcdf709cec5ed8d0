import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { isPrivileged, Video } from '@clipstream/core';
import type { RequestUser } from '../common/request-user';

/** Whether a person may join a video's live room: the same visibility rules as the watch page. */
@Injectable()
export class VideoRoomAccess {
  constructor(private readonly orm: MikroORM) {}

  async mayWatch(user: RequestUser | null, videoId: string): Promise<boolean> {
    const video = await this.orm.em
      .fork()
      .findOne(Video, { id: videoId }, { fields: ['visibility', 'hidden', 'owner'] });
    if (!video) return false;
    if (user && (video.owner.id === user.id || isPrivileged(user.role))) return true;
    return !video.hidden && video.visibility !== 'private';
  }
}
