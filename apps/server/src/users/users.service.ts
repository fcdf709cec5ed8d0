import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChannelView, User, UserRole, Video } from '@clipstream/core';
import { PasswordHasher } from '../auth/password-hasher';
import { toUserView } from './user-view';

export interface NewUser {
  email: string;
  username: string;
  password: string;
  displayName?: string;
  role?: UserRole;
}

/** The channel as its account tells it; ChannelsService adds the pictures and the caller's subscription. */
export type ChannelBasics = Omit<ChannelView, 'avatar' | 'banner' | 'subscribed'>;

@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const username = input.username.trim().toLowerCase();
    const taken = await this.em.findOne(User, { $or: [{ email }, { username }] });
    if (taken?.email === email) throw new ConflictException('An account with this email already exists');
    if (taken) throw new ConflictException(`The username "${username}" is taken`);
    const user = this.em.create(User, {
      email,
      username,
      displayName: input.displayName?.trim() || input.username.trim(),
      passwordHash: await this.hasher.hash(input.password),
      role: input.role ?? 'user',
    });
    await this.em.persistAndFlush(user);
    return user;
  }

  /** The user with this email or username, with the password hash loaded. */
  findByLogin(login: string): Promise<User | null> {
    const value = login.trim().toLowerCase();
    return this.em.findOne(
      User,
      { $or: [{ email: value }, { username: value }] },
      { populate: ['passwordHash'] },
    );
  }

  findById(id: string): Promise<User | null> {
    return this.em.findOne(User, { id });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  async channel(username: string): Promise<ChannelBasics> {
    const user = await this.em.findOne(User, { username: username.toLowerCase(), banned: false });
    if (!user) throw new NotFoundException(`No channel named "${username}"`);
    const videos = await this.em.count(Video, {
      owner: user,
      visibility: 'public',
      status: 'ready',
      hidden: false,
    });
    const { displayName, avatarUrl, bannerUrl, bio, createdAt } = toUserView(user);
    return {
      username: user.username,
      displayName,
      avatarUrl,
      bannerUrl,
      bio,
      subscribers: user.subscriberCount,
      videos,
      createdAt,
    };
  }
}
