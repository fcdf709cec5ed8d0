import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tag } from '@clipstream/core';

/** Finds or creates tags by name; safe when two requests create the same new tag at once. */
@Injectable()
export class VideoTags {
  async resolve(em: EntityManager, names: readonly string[]): Promise<Tag[]> {
    if (names.length === 0) return [];
    const now = new Date();
    await em
      .createQueryBuilder(Tag)
      .insert(names.map((name) => ({ id: randomUUID(), name, createdAt: now, updatedAt: now })))
      .onConflict('name')
      .ignore()
      .execute();
    return em.find(Tag, { name: { $in: [...names] } });
  }
}
