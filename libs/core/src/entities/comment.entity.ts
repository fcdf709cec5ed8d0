import { Entity, Index, ManyToOne, Opt, Property, Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';
import { Video } from './video.entity';

/** A comment under a video; a reply has a parent (threads are one level deep). */
@Entity({ tableName: 'comments' })
@Index({ properties: ['video', 'parent', 'createdAt'] })
@Index({
  name: 'comments_parent_id_created_at_index',
  expression:
    'create index "comments_parent_id_created_at_index" on "comments" ("parent_id", "created_at") where "parent_id" is not null',
})
export class Comment extends BaseEntity {
  @ManyToOne(() => Video, { deleteRule: 'cascade' })
  video: Rel<Video>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  author: Rel<User>;

  @ManyToOne(() => Comment, { nullable: true, deleteRule: 'cascade' })
  parent?: Rel<Comment> | null;

  /** Plain text exactly as written; escaped wherever it is shown. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'integer' })
  replyCount: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date | null;
}
