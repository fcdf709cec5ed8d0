import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

@Entity({ tableName: 'tags' })
export class Tag extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  @Unique()
  name: string;
}
