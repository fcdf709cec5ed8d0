import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';

import { formatDuration } from '../format/format';
import { cueAt, type StoryboardCue } from './storyboard';

/**
 * The player's progress bar: a native range input (keyboard and screen readers get a real slider)
 * over a drawn track, and, while the pointer is over it, the storyboard tile of the time under it.
 */
@Component({
  selector: 'cs-seek-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      #bar
      class="bar"
      (pointermove)="hover($event)"
      (pointerleave)="hoverTime.set(null)"
      (pointercancel)="hoverTime.set(null)"
    >
      <div class="track" aria-hidden="true">
        <div class="buffered" [style.width.%]="percentOf(buffered())"></div>
        <div class="played" [style.width.%]="percentOf(currentTime())"></div>
      </div>
      <input
        type="range"
        data-testid="seek-bar"
        aria-label="Seek"
        min="0"
        step="any"
        [max]="duration() || 0"
        [value]="currentTime()"
        [attr.aria-valuetext]="valueText()"
        [disabled]="!duration()"
        (input)="seekTo($event)"
      />
      @if (preview(); as p) {
        <div class="preview" data-testid="seek-preview" aria-hidden="true" [style.left.px]="p.left">
          @if (p.cue; as cue) {
            <div
              class="tile"
              [style.width.px]="cue.width"
              [style.height.px]="cue.height"
              [style.background-image]="'url(&quot;' + cue.url + '&quot;)'"
              [style.background-position]="-cue.x + 'px ' + -cue.y + 'px'"
            ></div>
          }
          <span class="time">{{ p.label }}</span>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      position: relative;
      height: 20px;
      display: flex;
      align-items: center;
      touch-action: none;
    }
    .track {
      position: absolute;
      left: 0;
      right: 0;
      height: 4px;
      border-radius: 2px;
      background: rgb(255 255 255 / 25%);
      overflow: hidden;
      transition: height 0.1s;
    }
    .bar:hover .track {
      height: 6px;
    }
    .buffered,
    .played {
      position: absolute;
      inset: 0 auto 0 0;
    }
    .buffered {
      background: rgb(255 255 255 / 35%);
    }
    .played {
      background: var(--mat-sys-primary);
    }
    input {
      position: relative;
      width: 100%;
      height: 20px;
      margin: 0;
      background: transparent;
      appearance: none;
      -webkit-appearance: none;
      cursor: pointer;
    }
    input:focus-visible {
      outline: 2px solid #fff;
      outline-offset: 2px;
    }
    input::-webkit-slider-runnable-track {
      background: transparent;
    }
    input::-webkit-slider-thumb {
      -webkit-appearance: none;
      width: 14px;
      height: 14px;
      border: 0;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    input::-moz-range-track {
      background: transparent;
    }
    input::-moz-range-thumb {
      width: 14px;
      height: 14px;
      border: 0;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .preview {
      position: absolute;
      bottom: 24px;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      pointer-events: none;
    }
    .tile {
      border: 2px solid #fff;
      border-radius: 4px;
      background-repeat: no-repeat;
      background-color: #000;
      box-shadow: 0 2px 8px rgb(0 0 0 / 60%);
    }
    .time {
      padding: 2px 6px;
      border-radius: 4px;
      background: rgb(0 0 0 / 80%);
      color: #fff;
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class SeekBarComponent {
  readonly duration = input.required<number>();
  readonly currentTime = input.required<number>();
  readonly buffered = input(0);
  readonly cues = input<readonly StoryboardCue[]>([]);
  readonly seek = output<number>();

  private readonly bar = viewChild.required<ElementRef<HTMLElement>>('bar');
  protected readonly hoverTime = signal<number | null>(null);
  private readonly hoverX = signal(0);

  protected readonly valueText = computed(
    () => `${formatDuration(this.currentTime())} of ${formatDuration(this.duration())}`,
  );

  /** The tile (when there is a storyboard) and the time, kept inside the bar's width. */
  protected readonly preview = computed(() => {
    const time = this.hoverTime();
    if (time === null) return null;
    const cue = cueAt(this.cues(), time);
    const width = Math.max(cue?.width ?? 0, 48);
    const barWidth = this.bar().nativeElement.clientWidth;
    const left = Math.min(Math.max(this.hoverX() - width / 2, 0), Math.max(barWidth - width, 0));
    return { cue, left, label: formatDuration(time) };
  });

  protected percentOf(time: number): number {
    const duration = this.duration();
    return duration > 0 ? Math.min(100, (time / duration) * 100) : 0;
  }

  protected hover(event: PointerEvent): void {
    const duration = this.duration();
    if (!duration || event.pointerType === 'touch') return;
    const rect = this.bar().nativeElement.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - rect.left, 0), rect.width);
    this.hoverX.set(x);
    this.hoverTime.set((x / rect.width) * duration);
  }

  protected seekTo(event: Event): void {
    this.seek.emit(Number((event.target as HTMLInputElement).value));
  }
}
