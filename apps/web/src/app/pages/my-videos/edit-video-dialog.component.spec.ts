import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { VideoView } from '@clipstream/contract';

import { provideAppIcons } from '../../core/icons/app-icons';
import { categorySelectOf } from '../../shared/category-select/category-select.testing';
import { EditVideoDialogComponent } from './edit-video-dialog.component';

const video = {
  id: 'v1',
  title: 'Concert',
  description: 'Live',
  visibility: 'public',
  tags: ['live'],
  category: 'music',
  thumbnails: [],
  thumbnailUrl: null,
} as unknown as VideoView;

const categories = {
  items: [
    { slug: 'music', name: 'Music' },
    { slug: 'travel-events', name: 'Travel & Events' },
  ],
};

describe('EditVideoDialogComponent', () => {
  async function render() {
    const close = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideAppIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: video },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(EditVideoDialogComponent);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const category = await categorySelectOf(fixture, categories);
    const root: HTMLElement = fixture.nativeElement;
    const save = async () => {
      root.querySelector<HTMLButtonElement>('[data-testid=edit-save]')!.click();
      await fixture.whenStable();
    };
    return { fixture, http, category, root, save, close };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('starts with the video’s category', async () => {
    const { category } = await render();
    expect(await category.getValueText()).toBe('Music');
  });

  it('saves another category by its slug', async () => {
    const { http, category, save, close } = await render();
    await category.open();
    await category.clickOptions({ text: 'Travel & Events' });
    await save();
    const request = http.expectOne('/api/videos/v1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual(expect.objectContaining({ category: 'travel-events' }));
    const saved = { ...video, category: 'travel-events' };
    request.flush(saved);
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('saves None as null', async () => {
    const { http, category, save } = await render();
    await category.open();
    await category.clickOptions({ text: 'None' });
    await save();
    const request = http.expectOne('/api/videos/v1');
    expect(request.request.body.category).toBeNull();
    request.flush({ ...video, category: null });
  });

  it('shows why the server refused the category', async () => {
    const { fixture, http, save, root, close } = await render();
    await save();
    http
      .expectOne('/api/videos/v1')
      .flush(
        { statusCode: 400, message: 'There is no category "music".' },
        { status: 400, statusText: 'Bad Request' },
      );
    fixture.detectChanges();
    expect(root.querySelector('[data-testid=form-error]')?.textContent).toContain(
      'There is no category "music".',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
