import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User, UserView } from '@clipstream/core';
import { toUserView } from '../users/user-view';
import { UpdateProfileDto } from './dto/update-profile.dto';

@Injectable()
export class ProfileService {
  constructor(private readonly em: EntityManager) {}

  async update(userId: string, changes: UpdateProfileDto): Promise<UserView> {
    const user = await this.em.findOneOrFail(User, { id: userId });
    if (changes.displayName !== undefined) user.displayName = changes.displayName;
    if (changes.bio !== undefined) user.bio = changes.bio;
    await this.em.flush();
    return toUserView(user);
  }
}
