import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { VideoView } from '@clipstream/contract';

import { provideAppIcons } from '../../core/icons/app-icons';
import { categorySelectOf } from '../../shared/category-select/category-select.testing';
import { SearchPage } from './search.page';

const categories = {
  items: [
    { slug: 'music', name: 'Music' },
    { slug: 'science-technology', name: 'Science & Technology' },
  ],
};

function video(id: string, category: string | null): VideoView {
  return {
    id,
    title: `Video ${id}`,
    owner: { id: 'u1', username: 'ada', displayName: 'Ada', avatarUrl: null },
    views: 0,
    createdAt: '2026-01-01T00:00:00Z',
    duration: null,
    thumbnailUrl: null,
    thumbnails: [],
    tags: [],
    category,
  } as unknown as VideoView;
}

const noChannels = { items: [], total: 0 };

describe('SearchPage category filter', () => {
  async function render(inputs: Record<string, string>, found: VideoView[] = []) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideAppIcons(), provideHttpClient(), provideHttpClientTesting()],
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SearchPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const search = http.expectOne(
      (request) => request.url === '/api/search' && request.params.get('type') === 'videos',
    );
    search.flush({ videos: { items: found, total: found.length }, channels: noChannels });
    http
      .expectOne((request) => request.url === '/api/search' && request.params.get('type') === 'channels')
      .flush({ videos: { items: [], total: 0 }, channels: noChannels });
    const select = await categorySelectOf(fixture, categories);
    return { fixture, root: fixture.nativeElement as HTMLElement, search, select, navigate };
  }

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    vi.restoreAllMocks();
  });

  it('searches the category of the URL and names it in the select and its chip', async () => {
    const { root, search, select } = await render({ q: 'live', category: 'music' });
    expect(search.request.params.get('category')).toBe('music');
    expect(await select.getValueText()).toBe('Music');
    const chip = root.querySelector('[data-testid=search-filter-chip]')!;
    expect(chip.textContent?.trim()).toBe('Music');
    expect(chip.getAttribute('aria-label')).toBe('Remove the category filter Music');
  });

  it('puts a chosen category in the URL at once, with the typed tag', async () => {
    const { fixture, root, select, navigate } = await render({ q: 'live' });
    const tag = root.querySelector<HTMLInputElement>('[data-testid=search-tag-input]')!;
    tag.value = '#Jazz';
    tag.dispatchEvent(new Event('input'));
    await select.open();
    await select.clickOptions({ text: 'Science & Technology' });
    expect(navigate).toHaveBeenLastCalledWith([], {
      queryParams: { tag: 'jazz', category: 'science-technology' },
      queryParamsHandling: 'merge',
    });
    await select.open();
    await select.clickOptions({ text: 'Any' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenLastCalledWith([], {
      queryParams: { tag: 'jazz', category: null },
      queryParamsHandling: 'merge',
    });
  });

  it('suggests the categories of the results by name', async () => {
    const { root, navigate } = await render({ q: 'live' }, [
      video('v1', 'science-technology'),
      video('v2', 'science-technology'),
      video('v3', 'retired-category'),
    ]);
    const chips = [...root.querySelectorAll<HTMLButtonElement>('[data-testid=search-category-suggestion]')];
    expect(chips.map((chip) => chip.textContent?.trim())).toEqual([
      'Science & Technology',
      'retired-category',
    ]);
    chips[0].click();
    expect(navigate).toHaveBeenLastCalledWith([], {
      queryParams: { category: 'science-technology' },
      queryParamsHandling: 'merge',
    });
  });

  it('does not navigate when the URL sets the select', async () => {
    const { fixture, navigate } = await render({ category: 'music' });
    fixture.componentRef.setInput('category', 'science-technology');
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne((request) => request.url === '/api/search' && request.params.get('type') === 'videos')
      .flush({ videos: { items: [], total: 0 }, channels: noChannels });
    expect(navigate).not.toHaveBeenCalled();
  });
});
