import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

@Entity({ tableName: 'categories' })
export class Category extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  @Unique()
  slug: string;

  @Property({ type: 'string', length: 80 })
  name: string;
}
