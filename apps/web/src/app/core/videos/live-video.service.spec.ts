import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { VideoProgressEvent, VideoView } from '@clipstream/contract';
import { Subject } from 'rxjs';

import { SocketService } from '../socket/socket.service';
import { LiveVideoService } from './live-video.service';

const video = {
  id: 'v1',
  title: 'Cats',
  status: 'pending',
  progress: 0,
  stage: null,
  hlsUrl: null,
  error: null,
} as unknown as VideoView;

/** The app's socket adapter, with events pushed by the test. */
class FakeSocket {
  readonly events = new Subject<VideoProgressEvent>();
  readonly state = signal<'connected' | 'disconnected'>('connected');
  on() {
    return this.events.asObservable();
  }
}

describe('LiveVideoService', () => {
  function setUp() {
    const socket = new FakeSocket();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SocketService, useValue: socket },
      ],
    });
    return {
      socket,
      http: TestBed.inject(HttpTestingController),
      live: TestBed.inject(LiveVideoService),
    };
  }

  it('applies progress events to the video and fetches it again once it is settled', () => {
    const { socket, http, live } = setUp();
    const seen: VideoView[] = [];
    const subscription = live.track('v1').subscribe((v) => seen.push(v));
    http.expectOne('/api/videos/v1').flush(video);

    socket.events.next({ videoId: 'other', status: 'processing', progress: 90, stage: 'transcode' });
    socket.events.next({ videoId: 'v1', status: 'processing', progress: 42, stage: 'transcode' });
    expect(seen.at(-1)).toMatchObject({ status: 'processing', progress: 42, stage: 'transcode' });

    socket.events.next({ videoId: 'v1', status: 'failed', progress: 42, stage: 'transcode' });
    expect(seen.at(-1)?.status).toBe('failed');
    http
      .expectOne('/api/videos/v1')
      .flush({ ...video, status: 'failed', error: 'This is not a video file.' });
    expect(seen.at(-1)?.error).toBe('This is not a video file.');

    subscription.unsubscribe();
    http.verify();
  });
});
