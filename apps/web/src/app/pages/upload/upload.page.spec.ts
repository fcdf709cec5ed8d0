import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { provideAppIcons } from '../../core/icons/app-icons';
import { UploadService } from '../../core/uploads/upload.service';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { categorySelectOf } from '../../shared/category-select/category-select.testing';
import { UploadPage } from './upload.page';

/** What the progress panel reads of an upload; the transfer itself is not the point here. */
function fakeUpload(file: File) {
  return {
    file,
    total: file.size,
    state: signal('uploading'),
    sent: signal(0),
    percent: signal(0),
    speed: signal(null),
    secondsLeft: signal(null),
    failure: signal(null),
    resumed: signal(false),
    videoId: signal(null),
    start: vi.fn(async () => undefined),
    pause: vi.fn(),
  };
}

describe('UploadPage category', () => {
  async function render() {
    const create = vi.fn((file: File) => fakeUpload(file));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAppIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: UploadService, useValue: { create, unfinished: async () => [] } },
        { provide: LiveVideoService, useValue: {} },
      ],
    });
    const fixture = TestBed.createComponent(UploadPage);
    fixture.detectChanges();
    const root: HTMLElement = fixture.nativeElement;
    const input = root.querySelector<HTMLInputElement>('[data-testid=upload-input]')!;
    const file = new File(['x'], 'concert.mp4', { type: 'video/mp4' });
    // jsdom cannot put a file in an <input type=file>; a FileList look-alike stands in.
    Object.defineProperty(input, 'files', { value: { 0: file, length: 1, item: () => file } });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const category = await categorySelectOf(fixture, { items: [{ slug: 'music', name: 'Music' }] });
    const submit = async () => {
      root.querySelector<HTMLButtonElement>('[data-testid=upload-submit]')!.click();
      await fixture.whenStable();
    };
    return { create, category, submit };
  }

  it('sends the chosen category with the upload', async () => {
    const { create, category, submit } = await render();
    await category.open();
    await category.clickOptions({ text: 'Music' });
    await submit();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'concert.mp4' }),
      expect.objectContaining({ title: 'concert', category: 'music' }),
    );
    expect(await category.isDisabled()).toBe(true);
  });

  it('sends no category when none is chosen', async () => {
    const { create, submit } = await render();
    await submit();
    expect(create).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ category: null }));
  });
});
