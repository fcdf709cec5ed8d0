import { NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '@clipstream/core';

/** What everyone may see of a channel's videos. */
export const PUBLISHED_VIDEO = { visibility: 'public', status: 'ready', hidden: false } as const;

/** The owner of a channel; a banned person's channel is gone (404). */
export async function findChannelOwner(em: EntityManager, username: string): Promise<User> {
  const user = await em.findOne(User, { username: username.toLowerCase(), banned: false });
  if (!user) throw new NotFoundException(`No channel named "${username}"`);
  return user;
}
