import { Entity, Index, ManyToOne, Unique, Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { User } from './user.entity';

/** `subscriber` follows the channel of `channel`. */
@Entity({ tableName: 'subscriptions' })
@Unique({ properties: ['subscriber', 'channel'] })
// the fan-out walks a channel's subscribers in id order, a batch at a time
@Index({ properties: ['channel', 'id'] })
export class Subscription extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  subscriber: Rel<User>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  channel: Rel<User>;
}
