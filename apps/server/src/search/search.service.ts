import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChannelSummaryView, Page, SearchResultsView, User } from '@clipstream/core';
import { likePattern } from '../admin/simple-rest';
import { toChannelSummary } from '../channels/person-view';
import { VideosService } from '../videos/videos.service';
import { SearchQuery } from './dto/search.query';

const NOTHING = { items: [], total: 0 };

/** One search box over videos (the catalogue's full-text search) and channels (their names). */
@Injectable()
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly videos: VideosService,
  ) {}

  async search(query: SearchQuery): Promise<SearchResultsView> {
    const type = query.type ?? 'all';
    const videos = type === 'channels' ? NOTHING : await this.videos.list(query);
    const channels = type === 'videos' ? NOTHING : await this.channels(query);
    return { videos, channels };
  }

  /** Channels whose username or display name contains the text, most followed first. */
  private async channels(query: SearchQuery): Promise<Page<ChannelSummaryView>> {
    const pattern = likePattern(query.q);
    if (!pattern) return NOTHING;
    const [users, total] = await this.em.findAndCount(
      User,
      { banned: false, $or: [{ username: { $ilike: pattern } }, { displayName: { $ilike: pattern } }] },
      {
        orderBy: { subscriberCount: 'desc', username: 'asc' },
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      },
    );
    return { items: users.map(toChannelSummary), total };
  }
}
