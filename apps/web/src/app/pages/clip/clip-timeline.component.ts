import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  model,
  output,
  viewChild,
} from '@angular/core';

import { DurationPipe } from '../../shared/format/format.pipes';
import { formatTimecode } from '../../shared/format/timecode';
import { type ClipHandle, type ClipRange, MIN_CLIP_SECONDS, moveHandle } from './clip-range';

const FINE_STEP = 0.1;
const STEP = 1;
const PAGE_STEP = 10;

/**
 * A stretch of a video on a timeline: the whole video as a rail, the chosen stretch on it between two
 * handles (dragged with a pointer, or moved with the keyboard as sliders), and optionally the playhead
 * of a player and other stretches already chosen. Used by the clip tool and the segment downloader.
 */
@Component({
  selector: 'cs-clip-timeline',
  imports: [DurationPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #track class="track" [attr.data-testid]="testId() + '-timeline'" (pointerdown)="trackDown($event)">
      <div class="rail"></div>
      @for (mark of marks(); track $index) {
        <div
          class="mark"
          aria-hidden="true"
          [style.left.%]="percent(mark.start)"
          [style.width.%]="percent(mark.end) - percent(mark.start)"
        ></div>
      }
      <div
        class="selection"
        [style.left.%]="percent(range().start)"
        [style.width.%]="percent(range().end) - percent(range().start)"
      ></div>
      @let time = currentTime();
      @if (time !== null) {
        <div class="playhead" aria-hidden="true" [style.left.%]="percent(time)"></div>
      }
      @for (handle of handles; track handle) {
        <div
          [class]="'handle ' + handle"
          role="slider"
          tabindex="0"
          [attr.data-testid]="testId() + '-handle-' + handle"
          [attr.aria-label]="label() + (handle === 'start' ? ' start' : ' end')"
          aria-orientation="horizontal"
          [attr.aria-valuemin]="handle === 'start' ? 0 : range().start + gap()"
          [attr.aria-valuemax]="handle === 'start' ? range().end - gap() : duration()"
          [attr.aria-valuenow]="range()[handle]"
          [attr.aria-valuetext]="timecode(range()[handle])"
          [style.left.%]="percent(range()[handle])"
          (pointerdown)="grab($event, handle)"
          (pointermove)="drag($event, handle)"
          (pointerup)="release($event)"
          (pointercancel)="release($event)"
          (keydown)="key($event, handle)"
        >
          <span class="grip" aria-hidden="true"></span>
        </div>
      }
    </div>
    <div class="scale" aria-hidden="true">
      <span>0:00</span>
      <span>{{ duration() | duration }}</span>
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: 0 12px;
      user-select: none;
    }
    .track {
      position: relative;
      height: 56px;
      cursor: pointer;
      touch-action: none;
    }
    .rail,
    .mark,
    .selection {
      position: absolute;
      top: 16px;
      height: 24px;
      border-radius: 4px;
    }
    .rail {
      left: 0;
      right: 0;
      background: var(--mat-sys-surface-container-highest);
    }
    .mark {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 18%, transparent);
    }
    .selection {
      background: color-mix(in srgb, var(--mat-sys-primary) 45%, transparent);
      border-top: 2px solid var(--mat-sys-primary);
      border-bottom: 2px solid var(--mat-sys-primary);
      box-sizing: border-box;
    }
    .playhead {
      position: absolute;
      top: 8px;
      bottom: 8px;
      width: 2px;
      margin-left: -1px;
      background: var(--mat-sys-on-surface);
      pointer-events: none;
    }
    .handle {
      position: absolute;
      top: 4px;
      width: 24px;
      height: 48px;
      margin-left: -12px;
      display: grid;
      place-items: center;
      cursor: ew-resize;
      touch-action: none;
      border-radius: 6px;
      outline: none;
    }
    .grip {
      width: 10px;
      height: 40px;
      border-radius: 4px;
      background: var(--mat-sys-primary);
      box-shadow: 0 1px 4px rgb(0 0 0 / 50%);
    }
    .handle:focus-visible .grip,
    .handle:hover .grip {
      outline: 2px solid var(--mat-sys-on-surface);
      outline-offset: 2px;
    }
    .scale {
      display: flex;
      justify-content: space-between;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
  `,
})
export class ClipTimelineComponent {
  readonly duration = input.required<number>();
  /** The player's position, drawn as a playhead; null without a player. */
  readonly currentTime = input<number | null>(null);
  readonly range = model.required<ClipRange>();
  /** Other stretches already chosen, drawn faintly behind this one. */
  readonly marks = input<readonly ClipRange[]>([]);
  /** What the stretch is called, for screen readers: "{label} start", "{label} end". */
  readonly label = input('Clip');
  /** Prefix of the test ids: `{testId}-timeline`, `{testId}-handle-start`, `{testId}-handle-end`. */
  readonly testId = input('clip');
  /**
   * What a click on the track does: `seek` asks the player to show that time (the clip tool);
   * `handle` moves the nearer handle there (no player to seek).
   */
  readonly trackClick = input<'seek' | 'handle'>('seek');
  /** A time to show in the player: where the track was clicked, or where a handle went. */
  readonly seek = output<number>();

  protected readonly handles: readonly ClipHandle[] = ['start', 'end'];
  protected readonly gap = computed(() => Math.min(MIN_CLIP_SECONDS, this.duration()));
  private readonly track = viewChild.required<ElementRef<HTMLElement>>('track');

  protected percent(time: number): number {
    const duration = this.duration();
    return duration > 0 ? (Math.min(Math.max(time, 0), duration) / duration) * 100 : 0;
  }

  protected timecode(seconds: number): string {
    return formatTimecode(seconds);
  }

  protected trackDown(event: PointerEvent): void {
    const time = this.timeAt(event);
    if (this.trackClick() === 'seek') {
      this.seek.emit(time);
      return;
    }
    const { start, end } = this.range();
    this.move(Math.abs(time - start) <= Math.abs(time - end) ? 'start' : 'end', time);
  }

  protected grab(event: PointerEvent, handle: ClipHandle): void {
    event.stopPropagation();
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    (event.currentTarget as HTMLElement).focus();
    this.move(handle, this.timeAt(event));
  }

  protected drag(event: PointerEvent, handle: ClipHandle): void {
    if (!(event.currentTarget as HTMLElement).hasPointerCapture(event.pointerId)) return;
    this.move(handle, this.timeAt(event));
  }

  protected release(event: PointerEvent): void {
    const target = event.currentTarget as HTMLElement;
    if (target.hasPointerCapture(event.pointerId)) target.releasePointerCapture(event.pointerId);
  }

  protected key(event: KeyboardEvent, handle: ClipHandle): void {
    const now = this.range()[handle];
    const step = event.shiftKey ? STEP : FINE_STEP;
    const targets: Record<string, number> = {
      ArrowLeft: now - step,
      ArrowDown: now - step,
      ArrowRight: now + step,
      ArrowUp: now + step,
      PageDown: now - PAGE_STEP,
      PageUp: now + PAGE_STEP,
      Home: 0,
      End: this.duration(),
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    this.move(handle, targets[event.key]);
  }

  private move(handle: ClipHandle, time: number): void {
    const next = moveHandle(this.range(), handle, time, this.duration());
    this.range.set(next);
    this.seek.emit(next[handle]);
  }

  private timeAt(event: PointerEvent): number {
    const rect = this.track().nativeElement.getBoundingClientRect();
    const fraction = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
    return Math.min(Math.max(fraction, 0), 1) * this.duration();
  }
}
