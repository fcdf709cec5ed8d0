import { HttpClient } from '@angular/common/http';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';
import { catchError, map, of } from 'rxjs';

import { SessionStore } from '../../core/session/session.store';
import { DurationPipe } from '../format/format.pipes';
import { AUTO_LEVEL, type Playback, type QualityLevel, startPlayback } from './hls-playback';
import { QualityMenuComponent } from './quality-menu.component';
import { SeekBarComponent } from './seek-bar.component';
import { parseStoryboardVtt } from './storyboard';

const SEEK_STEP_SECONDS = 5;

/** The end of the buffered range that holds `time` (how far playback can go without waiting). */
function bufferedEnd(video: HTMLVideoElement): number {
  const { buffered, currentTime } = video;
  for (let i = 0; i < buffered.length; i++) {
    if (buffered.start(i) <= currentTime + 0.5 && currentTime <= buffered.end(i)) return buffered.end(i);
  }
  return 0;
}

/**
 * An HLS player with its own controls: play, a seek bar with storyboard previews, volume, the
 * quality menu and full screen. Pages drive it through play(), pause(), seek() and its signals.
 */
@Component({
  selector: 'cs-video-player',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTooltipModule,
    DurationPipe,
    QualityMenuComponent,
    SeekBarComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './video-player.component.html',
  styleUrl: './video-player.component.scss',
})
export class VideoPlayerComponent {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  /** The master playlist. */
  readonly src = input.required<string>();
  readonly poster = input<string | null>(null);
  readonly storyboardUrl = input<string | null>(null);
  /** Known from the API before the stream has loaded. */
  readonly knownDuration = input<number | null>(null);
  readonly autoplay = input(false);
  readonly label = input('Video player');

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('container');
  private readonly videoRef = viewChild.required<ElementRef<HTMLVideoElement>>('video');

  readonly currentTime = signal(0);
  readonly duration = signal(0);
  readonly paused = signal(true);
  protected readonly started = signal(false);
  protected readonly waiting = signal(false);
  protected readonly buffered = signal(0);
  protected readonly muted = signal(false);
  protected readonly volume = signal(1);
  protected readonly fullscreen = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly levels = signal<QualityLevel[]>([]);
  protected readonly selectedLevel = signal(AUTO_LEVEL);
  protected readonly playingLevel = signal(AUTO_LEVEL);

  protected readonly storyboard = rxResource({
    params: () => this.storyboardUrl() ?? undefined,
    stream: ({ params: url }) =>
      this.http.get(url, { responseType: 'text' }).pipe(
        map((text) => parseStoryboardVtt(text, new URL(url, document.baseURI).href)),
        // No previews is no reason to break the player.
        catchError(() => of([])),
      ),
    defaultValue: [],
  });

  private playback: Playback | null = null;

  constructor() {
    // After render: the <video> must exist before a stream is attached to it.
    afterRenderEffect((onCleanup) => {
      const src = this.src();
      untracked(() => this.load(src));
      onCleanup(() => this.unload());
    });
    effect(() => {
      const known = this.knownDuration();
      if (known && !this.duration()) untracked(() => this.duration.set(known));
    });
    const onFullscreenChange = () =>
      this.fullscreen.set(document.fullscreenElement === this.container().nativeElement);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    inject(DestroyRef).onDestroy(() => document.removeEventListener('fullscreenchange', onFullscreenChange));
  }

  /** The <video> element, for pages that need its events (e.g. the clip tool's preview). */
  element(): HTMLVideoElement {
    return this.videoRef().nativeElement;
  }

  play(): void {
    this.element()
      .play()
      .catch(() => undefined);
  }

  pause(): void {
    this.element().pause();
  }

  seek(time: number): void {
    const video = this.element();
    const end = Number.isFinite(video.duration) ? video.duration : this.duration();
    video.currentTime = Math.min(Math.max(time, 0), end || time);
    this.currentTime.set(video.currentTime);
  }

  protected togglePlay(): void {
    if (this.element().paused) this.play();
    else this.pause();
  }

  protected toggleMute(): void {
    const video = this.element();
    video.muted = !video.muted;
    if (!video.muted && video.volume === 0) video.volume = 1;
  }

  protected setVolume(event: Event): void {
    const video = this.element();
    video.volume = Number((event.target as HTMLInputElement).value);
    video.muted = video.volume === 0;
  }

  protected chooseLevel(index: number): void {
    this.selectedLevel.set(index);
    this.playback?.setLevel(index);
  }

  protected async toggleFullscreen(): Promise<void> {
    const container = this.container().nativeElement;
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
    } else if (container.requestFullscreen) {
      await container.requestFullscreen().catch(() => undefined);
    } else {
      // iPhone Safari: only the <video> itself can go full screen.
      (this.element() as HTMLVideoElement & { webkitEnterFullscreen?: () => void }).webkitEnterFullscreen?.();
    }
  }

  /** Keyboard shortcuts while the player has focus; controls keep their own keys. */
  protected onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('button, input, a, [role="menu"]')) return;
    const actions: Record<string, () => void> = {
      ' ': () => this.togglePlay(),
      k: () => this.togglePlay(),
      ArrowLeft: () => this.seek(this.currentTime() - SEEK_STEP_SECONDS),
      ArrowRight: () => this.seek(this.currentTime() + SEEK_STEP_SECONDS),
      j: () => this.seek(this.currentTime() - 2 * SEEK_STEP_SECONDS),
      l: () => this.seek(this.currentTime() + 2 * SEEK_STEP_SECONDS),
      m: () => this.toggleMute(),
      f: () => void this.toggleFullscreen(),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  }

  protected onTimeUpdate(): void {
    const video = this.element();
    this.currentTime.set(video.currentTime);
    this.buffered.set(bufferedEnd(video));
  }

  protected onDurationChange(): void {
    const duration = this.element().duration;
    if (Number.isFinite(duration) && duration > 0) this.duration.set(duration);
  }

  protected onPlayState(): void {
    const video = this.element();
    this.paused.set(video.paused);
    if (!video.paused) this.started.set(true);
    this.waiting.set(false);
  }

  protected onVolumeChange(): void {
    const video = this.element();
    this.muted.set(video.muted);
    this.volume.set(video.volume);
  }

  private load(src: string): void {
    const video = this.element();
    this.error.set(null);
    this.levels.set([]);
    this.selectedLevel.set(AUTO_LEVEL);
    this.playingLevel.set(AUTO_LEVEL);
    this.started.set(false);
    this.playback = startPlayback(video, src, {
      levels: (levels) => this.levels.set(levels),
      levelSwitched: (index) => this.playingLevel.set(index),
      failed: (message) => this.error.set(message),
      token: () => this.session.token(),
    });
    if (this.autoplay()) this.play();
  }

  private unload(): void {
    this.playback?.destroy();
    this.playback = null;
  }
}
