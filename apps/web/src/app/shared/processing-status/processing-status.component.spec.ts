import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VideoView } from '@clipstream/contract';

import { provideAppIcons } from '../../core/icons/app-icons';
import { ProcessingStatusComponent } from './processing-status.component';

const base = { id: 'v1', title: 'Cats', visibility: 'public', progress: 0, stage: null, error: null };

function render(video: Partial<VideoView>) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideAppIcons(), provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(ProcessingStatusComponent);
  fixture.componentRef.setInput('video', { ...base, ...video } as VideoView);
  fixture.detectChanges();
  const root: HTMLElement = fixture.nativeElement;
  return { fixture, root, status: root.querySelector('[data-testid=processing-status]')! };
}

describe('ProcessingStatusComponent', () => {
  it('shows the stage and percent while processing', () => {
    const { root, status } = render({ status: 'processing', progress: 41.6, stage: 'transcode' });
    expect(status.getAttribute('data-status')).toBe('processing');
    expect(status.textContent).toContain('Converting for streaming');
    expect(root.querySelector('[data-testid=processing-progress]')?.getAttribute('data-percent')).toBe('42');
    expect(root.querySelector('[data-testid=watch-link]')).toBeNull();
  });

  it('links to the watch page once ready', () => {
    const { root, status } = render({ status: 'ready', progress: 100 });
    expect(status.getAttribute('data-status')).toBe('ready');
    expect(root.querySelector('[data-testid=watch-link]')?.getAttribute('href')).toBe('/watch/v1');
  });

  it('gives the reason of a failure, and retries on request', () => {
    const { fixture, root } = render({ status: 'failed', error: 'This file is not a video.' });
    expect(root.querySelector('[data-testid=processing-error]')?.textContent).toContain(
      'This file is not a video.',
    );
    let retried = 0;
    fixture.componentInstance.retried.subscribe(() => retried++);
    root.querySelector<HTMLButtonElement>('[data-testid=retry-processing]')!.click();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/videos/v1/retry');
    expect(request.request.method).toBe('POST');
    request.flush({});
    expect(retried).toBe(1);
  });

  it('says why a retry was refused', () => {
    const { fixture, root } = render({ status: 'failed', error: 'Bad file' });
    root.querySelector<HTMLButtonElement>('[data-testid=retry-processing]')!.click();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/videos/v1/retry')
      .flush(
        { statusCode: 409, message: 'The video is already being processed.' },
        { status: 409, statusText: 'Conflict' },
      );
    fixture.detectChanges();
    expect(root.textContent).toContain('The video is already being processed.');
  });
});
