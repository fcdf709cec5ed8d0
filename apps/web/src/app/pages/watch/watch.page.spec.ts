import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VideoView } from '@clipstream/contract';
import { NEVER, of } from 'rxjs';

import { provideAppIcons } from '../../core/icons/app-icons';
import { SocketService } from '../../core/socket/socket.service';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { WatchPage } from './watch.page';

const base = {
  id: 'v1',
  title: 'Black holes',
  description: '',
  status: 'ready',
  visibility: 'public',
  owner: { id: 'u1', username: 'ada', displayName: 'Ada', avatarUrl: null },
  source: 'upload',
  hlsUrl: null,
  thumbnailUrl: null,
  thumbnails: [],
  tags: [],
  category: null,
  views: 3,
  likes: 0,
  dislikes: 0,
  commentCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
} as unknown as VideoView;

describe('WatchPage category link', () => {
  async function render(video: Partial<VideoView>, categories: object | null) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAppIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveVideoService, useValue: { track: () => of({ ...base, ...video }) } },
        { provide: SocketService, useValue: { state: signal('disconnected'), on: () => NEVER } },
      ],
    });
    const fixture = TestBed.createComponent(WatchPage);
    fixture.componentRef.setInput('id', 'v1');
    fixture.detectChanges();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/categories');
    if (categories) request.flush(categories);
    else request.flush({ statusCode: 503 }, { status: 503, statusText: 'Unavailable' });
    // The video arrives through rxResource a few microtasks later. Not whenStable(): the page's other
    // requests (comments, channel, more videos) are left unanswered, so it would never be stable.
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid=video-category]',
    );
  }

  it('names the category and links to its search, even without tags', async () => {
    const link = await render(
      { category: 'science-technology' },
      { items: [{ slug: 'science-technology', name: 'Science & Technology' }] },
    );
    expect(link?.textContent?.trim()).toBe('Science & Technology');
    expect(link?.getAttribute('href')).toBe('/search?category=science-technology');
  });

  it('falls back to the slug when the list cannot be had', async () => {
    const link = await render({ category: 'science-technology', tags: ['space'] }, null);
    expect(link?.textContent?.trim()).toBe('science-technology');
  });

  it('shows no category link for a video without one', async () => {
    expect(await render({ tags: ['space'] }, null)).toBeNull();
  });
});
