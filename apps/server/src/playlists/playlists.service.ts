import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  isPrivileged,
  Page,
  Playlist,
  PlaylistItem,
  PlaylistItemView,
  PlaylistSummaryView,
  PlaylistView,
  User,
  Video,
} from '@clipstream/core';
import { findChannelOwner } from '../channels/channel-lookup';
import type { RequestUser } from '../common/request-user';
import { VIDEO_RELATIONS } from '../videos/video-catalog';
import { isOpenVideo, mayManage } from '../videos/video-access';
import { VideosService } from '../videos/videos.service';
import { CreatePlaylistDto, UpdatePlaylistDto } from './dto/playlist.dto';
import { assertMayEditPlaylist, assertMayViewPlaylist, assertNotWatchLater } from './playlist-access';
import { WATCH_LATER_ALIAS } from './playlist-id.pipe';
import { MAX_PLAYLIST_ITEMS } from './playlist-limits';
import { PlaylistStore } from './playlist-store';
import { toPlaylistSummary, toPlaylistView } from './playlist-view';

const ITEM_RELATIONS = VIDEO_RELATIONS.map((relation) => `video.${relation}` as const);

@Injectable()
export class PlaylistsService {
  constructor(
    private readonly em: EntityManager,
    private readonly store: PlaylistStore,
    private readonly videos: VideosService,
  ) {}

  /** The caller's playlists, "Watch later" first (created on first use). */
  async mine(viewer: RequestUser, page: number, pageSize: number): Promise<Page<PlaylistSummaryView>> {
    await this.store.ensureWatchLater(this.em, viewer.id);
    return this.list({ owner: viewer.id }, viewer, page, pageSize);
  }

  /** A channel's public playlists (all of them for its owner). */
  async ofChannel(
    username: string,
    viewer: RequestUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<PlaylistSummaryView>> {
    const owner = await findChannelOwner(this.em, username);
    const where: FilterQuery<Playlist> =
      viewer?.id === owner.id ? { owner } : { owner, visibility: 'public' };
    return this.list(where, viewer, page, pageSize);
  }

  async get(id: string, viewer: RequestUser | undefined): Promise<PlaylistView> {
    const playlist = await this.load(id, viewer);
    assertMayViewPlaylist(playlist, viewer);
    return this.view(playlist, viewer);
  }

  async create(viewer: RequestUser, request: CreatePlaylistDto): Promise<PlaylistView> {
    const playlist = this.em.create(Playlist, {
      owner: this.em.getReference(User, viewer.id),
      title: request.title,
      description: request.description ?? '',
      visibility: request.visibility ?? 'private',
    });
    await this.em.flush();
    await this.em.populate(playlist, ['owner']);
    return toPlaylistView(playlist, []);
  }

  async update(id: string, viewer: RequestUser, changes: UpdatePlaylistDto): Promise<PlaylistView> {
    const playlist = await this.editable(id, viewer);
    assertNotWatchLater(playlist, 'renamed or shared');
    if (changes.title !== undefined) playlist.title = changes.title;
    if (changes.description !== undefined) playlist.description = changes.description;
    if (changes.visibility !== undefined) playlist.visibility = changes.visibility;
    await this.em.flush();
    return this.view(playlist, viewer);
  }

  async remove(id: string, viewer: RequestUser): Promise<void> {
    const playlist = await this.editable(id, viewer);
    assertNotWatchLater(playlist, 'deleted');
    await this.em.nativeDelete(Playlist, { id: playlist.id });
  }

  async addItem(id: string, viewer: RequestUser, videoId: string): Promise<PlaylistItemView> {
    const playlist = await this.editable(id, viewer);
    const video = await this.videos.visible(videoId, viewer);
    if ((await this.store.itemCount(this.em, playlist.id)) >= MAX_PLAYLIST_ITEMS) {
      throw new ConflictException(
        `This playlist is full: a playlist holds at most ${MAX_PLAYLIST_ITEMS} videos`,
      );
    }
    const added = await this.store.addItem(this.em, playlist.id, video.id);
    if (!added) throw new ConflictException('This video is already in the playlist');
    return {
      position: added.position,
      addedAt: added.createdAt.toISOString(),
      video: this.videos.view(video),
    };
  }

  async removeItem(id: string, viewer: RequestUser, videoId: string): Promise<void> {
    const playlist = await this.editable(id, viewer);
    if (!(await this.store.removeItem(this.em, playlist.id, videoId))) {
      throw new NotFoundException('This video is not in the playlist');
    }
  }

  /** `videoIds` must list every video of the playlist exactly once. */
  async reorder(id: string, viewer: RequestUser, videoIds: string[]): Promise<PlaylistView> {
    const playlist = await this.editable(id, viewer);
    const current = new Set(await this.store.videoIds(this.em, playlist.id));
    const given = new Set(videoIds.map((videoId) => videoId.toLowerCase()));
    if (given.size !== videoIds.length)
      throw new BadRequestException('videoIds lists a video more than once');
    if (given.size !== current.size || [...given].some((videoId) => !current.has(videoId))) {
      throw new ConflictException(
        'videoIds must list every video of the playlist exactly once; reload the playlist and try again',
      );
    }
    await this.store.reorder(this.em, playlist.id, [...given]);
    return this.view(playlist, viewer);
  }

  private async list(
    where: FilterQuery<Playlist>,
    viewer: RequestUser | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<PlaylistSummaryView>> {
    const [playlists, total] = await this.em.findAndCount(Playlist, where, {
      populate: ['owner'],
      orderBy: { isWatchLater: 'desc', createdAt: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const stats = await this.store.stats(
      this.em,
      playlists.map(({ id }) => id),
      viewer && { id: viewer.id, privileged: isPrivileged(viewer.role) },
    );
    const firstVideos = await this.em.find(
      Video,
      { id: { $in: [...stats.values()].map((stat) => stat.firstVideoId) } },
      { populate: VIDEO_RELATIONS },
    );
    const thumbnails = new Map(firstVideos.map((video) => [video.id, this.videos.view(video).thumbnailUrl]));
    return {
      items: playlists.map((playlist) => {
        const stat = stats.get(playlist.id);
        return toPlaylistSummary(
          playlist,
          stat?.itemCount ?? 0,
          (stat && thumbnails.get(stat.firstVideoId)) ?? null,
        );
      }),
      total,
    };
  }

  /** The playlist with the videos this viewer may see, in order. */
  private async view(playlist: Playlist, viewer: RequestUser | undefined): Promise<PlaylistView> {
    const items = await this.em.find(
      PlaylistItem,
      { playlist: playlist.id },
      { populate: ITEM_RELATIONS, orderBy: { position: 'asc', createdAt: 'asc' } },
    );
    const visible = items.filter(({ video }) => isOpenVideo(video) || mayManage(video, viewer));
    return toPlaylistView(
      playlist,
      visible.map((item) => ({
        position: item.position,
        addedAt: item.createdAt.toISOString(),
        video: this.videos.view(item.video),
      })),
    );
  }

  private async editable(id: string, viewer: RequestUser): Promise<Playlist> {
    const playlist = await this.load(id, viewer);
    assertMayEditPlaylist(playlist, viewer);
    return playlist;
  }

  private async load(id: string, viewer: RequestUser | undefined): Promise<Playlist> {
    if (id === WATCH_LATER_ALIAS) {
      if (!viewer) throw new UnauthorizedException('Sign in to see your Watch later list');
      await this.store.ensureWatchLater(this.em, viewer.id);
    }
    const where: FilterQuery<Playlist> =
      id === WATCH_LATER_ALIAS ? { owner: viewer!.id, isWatchLater: true } : { id, owner: { banned: false } };
    const playlist = await this.em.findOne(Playlist, where, { populate: ['owner'] });
    if (!playlist) throw new NotFoundException('Playlist not found');
    return playlist;
  }
}
