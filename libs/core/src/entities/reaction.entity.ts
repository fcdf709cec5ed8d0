import { Entity, Enum, ManyToOne, Unique, Rel } from '@mikro-orm/core';
import { REACTION_KINDS, ReactionKind } from '../contract/enums';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';
import { Video } from './video.entity';

@Entity({ tableName: 'reactions' })
@Unique({ properties: ['video', 'user'] })
export class Reaction extends BaseEntity {
  @ManyToOne(() => Video, { deleteRule: 'cascade' })
  video: Rel<Video>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: Rel<User>;

  @Enum({ items: () => REACTION_KINDS, type: 'string' })
  kind: ReactionKind;
}
