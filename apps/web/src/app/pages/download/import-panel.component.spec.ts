import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import type { VideoView } from '@clipstream/contract';
import { NEVER } from 'rxjs';

import type { SourceInspection } from '../../core/downloads/download.types';
import { provideAppIcons } from '../../core/icons/app-icons';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { categorySelectOf } from '../../shared/category-select/category-select.testing';
import { ImportPanelComponent } from './import-panel.component';

const url = 'https://videos.example/watch?v=concert';
const source = { url, title: 'Concert', duration: 600 } as unknown as SourceInspection;
const categories = {
  items: [
    { slug: 'music', name: 'Music' },
    { slug: 'travel-events', name: 'Travel & Events' },
  ],
};

describe('ImportPanelComponent category', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAppIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        // following the new video through the pipeline is not the point here
        { provide: LiveVideoService, useValue: { follow: () => NEVER } },
      ],
    });
    const fixture = TestBed.createComponent(ImportPanelComponent);
    fixture.componentRef.setInput('url', url);
    fixture.componentRef.setInput('source', source);
    fixture.componentRef.setInput('segment', { start: 240, end: 300.5 });
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const category = await categorySelectOf(fixture, categories);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const root: HTMLElement = fixture.nativeElement;
    /** Submits the form and answers the import request with a pending video; gives the body sent. */
    const submit = async () => {
      root.querySelector<HTMLButtonElement>('[data-testid=import-button]')!.click();
      await fixture.whenStable();
      const request = http.expectOne('/api/videos/import');
      expect(request.request.method).toBe('POST');
      request.flush({ id: 'v1', status: 'pending', source: 'import' } as VideoView);
      return request.request.body;
    };
    return { loader, category, submit };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('offers None and the categories, with none chosen at first', async () => {
    const { category } = await render();
    expect(await category.getValueText()).toBe('');
    await category.open();
    const options = await category.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'None',
      'Music',
      'Travel & Events',
    ]);
  });

  it('sends the chosen category by its slug', async () => {
    const { category, submit } = await render();
    await category.open();
    await category.clickOptions({ text: 'Travel & Events' });
    expect(await submit()).toEqual({
      url,
      title: 'Concert',
      visibility: 'public',
      category: 'travel-events',
    });
  });

  it('sends the category with a segment import too', async () => {
    const { loader, category, submit } = await render();
    await (
      await loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=import-segment]' }))
    ).check();
    await category.open();
    await category.clickOptions({ text: 'Music' });
    expect(await submit()).toEqual(
      expect.objectContaining({ url, start: 240, end: 300.5, category: 'music' }),
    );
  });

  it('sends no category when none is chosen', async () => {
    const { submit } = await render();
    const body = await submit();
    expect(body).toEqual({ url, title: 'Concert', visibility: 'public' });
    expect(body).not.toHaveProperty('category');
  });

  it('sends no category when None is chosen again', async () => {
    const { category, submit } = await render();
    await category.open();
    await category.clickOptions({ text: 'Music' });
    await category.open();
    await category.clickOptions({ text: 'None' });
    expect(await submit()).not.toHaveProperty('category');
  });
});
