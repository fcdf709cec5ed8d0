import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';

import {
  DOWNLOAD_NAME_MAX,
  MAX_BATCH_SEGMENTS,
  type SourceChapter,
} from '../../core/downloads/download.types';
import { BytesPipe, ShortTimecodePipe } from '../../shared/format/format.pipes';
import { TimecodeFieldComponent } from '../../shared/timecode-field/timecode-field.component';
import { type ClipHandle, type ClipRange, moveHandle } from '../clip/clip-range';
import { ClipTimelineComponent } from '../clip/clip-timeline.component';
import { estimateBytes } from './quality-options';
import { chapterRange, fieldKey, nextRange, type SegmentDraft } from './segments';

/**
 * The parts of the source to download: a timeline for the segment being edited, the chapters as
 * ready-made segments, and the list of segments with exact times and optional file names.
 */
@Component({
  selector: 'cs-segment-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    BytesPipe,
    ShortTimecodePipe,
    ClipTimelineComponent,
    TimecodeFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let length = duration();
    @if (length !== null) {
      <cs-clip-timeline
        testId="segment"
        trackClick="handle"
        [label]="'Segment ' + (active() + 1)"
        [duration]="length"
        [range]="activeSegment()"
        [marks]="otherSegments()"
        (rangeChange)="setRange(active(), $event)"
      />
    } @else {
      <p class="note">
        The site does not say how long this video is, so there is no timeline: type the times.
      </p>
    }

    @if (chapters().length > 0) {
      <div class="chapters" role="group" aria-labelledby="chapters-label">
        <span id="chapters-label" class="chapters-label">Chapters</span>
        @for (chapter of chapters(); track $index) {
          <button
            type="button"
            class="chapter"
            [attr.data-testid]="'chapter-' + $index"
            [attr.aria-pressed]="isActiveChapter(chapter)"
            [matTooltip]="'Use “' + chapter.title + '” as segment ' + (active() + 1)"
            (click)="useChapter(chapter)"
          >
            <span class="chapter-title">{{ chapter.title }}</span>
            <span class="chapter-time"
              >{{ chapter.start | shortTimecode }}–{{ chapter.end | shortTimecode }}</span
            >
          </button>
        }
        @if (chapters().length > 1) {
          <button mat-button type="button" data-testid="all-chapters" (click)="useAllChapters()">
            Every chapter as a segment
          </button>
        }
      </div>
    }

    <ol class="segments" aria-label="Segments">
      @for (segment of segments(); track segment.key; let i = $index) {
        <li
          class="segment"
          data-testid="segment"
          [class.active]="i === active()"
          [attr.aria-current]="i === active() ? 'true' : null"
          (focusin)="active.set(i)"
          (pointerdown)="active.set(i)"
        >
          <div class="segment-head">
            <span class="number">Segment {{ i + 1 }}</span>
            <span class="facts">
              <span [attr.data-testid]="'segment-length-' + i">{{
                segment.end - segment.start | shortTimecode
              }}</span>
              @if (estimate(segment); as bytes) {
                <span>≈ {{ bytes | bytes }}</span>
              }
            </span>
            @if (segments().length > 1) {
              <button
                mat-icon-button
                type="button"
                class="remove"
                [attr.data-testid]="'remove-segment-' + i"
                [attr.aria-label]="'Remove segment ' + (i + 1)"
                matTooltip="Remove"
                (click)="remove(i)"
              >
                <mat-icon svgIcon="close" aria-hidden="true" />
              </button>
            }
          </div>
          <div class="fields">
            <cs-timecode-field
              class="time"
              label="Start"
              [testId]="'segment-start-' + i"
              [seconds]="segment.start"
              (time)="setTime(i, 'start', $event)"
              (invalidTextChange)="markInvalid(segment, 'start', $event)"
            />
            <cs-timecode-field
              class="time"
              label="End"
              [testId]="'segment-end-' + i"
              [seconds]="segment.end"
              (time)="setTime(i, 'end', $event)"
              (invalidTextChange)="markInvalid(segment, 'end', $event)"
            />
            <mat-form-field class="name">
              <mat-label>File name (optional)</mat-label>
              <input
                matInput
                autocomplete="off"
                [attr.data-testid]="'segment-name-' + i"
                [attr.maxlength]="nameMax"
                [value]="segment.name"
                (input)="setName(i, $any($event.target).value)"
              />
            </mat-form-field>
          </div>
        </li>
      }
    </ol>

    <div class="add">
      <button
        mat-stroked-button
        type="button"
        data-testid="add-segment"
        [disabled]="segments().length >= maxSegments"
        (click)="add()"
      >
        <mat-icon svgIcon="add" aria-hidden="true" /> Add segment
      </button>
      @if (segments().length >= maxSegments) {
        <span class="note">At most {{ maxSegments }} segments at once.</span>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    cs-clip-timeline {
      margin: 0 -12px;
    }
    .note {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .chapters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .chapters-label {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
      margin-right: 4px;
    }
    .chapter {
      display: inline-flex;
      align-items: baseline;
      gap: 8px;
      max-width: 100%;
      min-height: 32px;
      padding: 4px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .chapter:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    .chapter:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .chapter[aria-pressed='true'] {
      border-color: transparent;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chapter-title {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .chapter-time {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
    }
    .segments {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .segment {
      padding: 8px 16px 4px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 4px solid transparent;
      border-radius: var(--mat-sys-corner-medium);
    }
    .segment.active {
      border-left-color: var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    .segment-head {
      display: flex;
      align-items: center;
      gap: 12px;
      min-height: 40px;
    }
    .number {
      font: var(--mat-sys-title-small);
    }
    .facts {
      display: flex;
      gap: 12px;
      flex: 1;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      font-variant-numeric: tabular-nums;
    }
    .fields {
      display: grid;
      grid-template-columns: 170px 170px minmax(0, 1fr);
      align-items: start;
      gap: 0 12px;
      padding-top: 4px;
    }
    .add {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    @media (max-width: 599px) {
      .segment {
        padding: 8px 12px 4px;
      }
      .fields {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
      .name {
        grid-column: 1 / -1;
      }
    }
  `,
})
export class SegmentEditorComponent {
  /** Seconds; null when the source does not say (the times are then not capped). */
  readonly duration = input.required<number | null>();
  readonly chapters = input<readonly SourceChapter[]>([]);
  /** The size of the whole video at the chosen quality, for each segment's estimate. */
  readonly wholeBytes = input<number | null>(null);
  readonly segments = model.required<SegmentDraft[]>();
  /** The index of the segment the timeline edits. */
  readonly active = model(0);
  /** fieldKey()s of time fields holding text that is not a time. */
  readonly invalidFields = model<ReadonlySet<string>>(new Set());

  protected readonly nameMax = DOWNLOAD_NAME_MAX;
  protected readonly maxSegments = MAX_BATCH_SEGMENTS;
  protected readonly activeSegment = computed(() => this.segments()[this.active()] ?? this.segments()[0]);
  protected readonly otherSegments = computed(() => this.segments().filter((_, i) => i !== this.active()));

  protected estimate(segment: ClipRange): number | null {
    return estimateBytes(this.wholeBytes(), segment.end - segment.start, this.duration());
  }

  protected setRange(index: number, range: ClipRange): void {
    this.segments.update((segments) =>
      segments.map((segment, i) =>
        i === index ? { ...segment, start: range.start, end: range.end } : segment,
      ),
    );
  }

  protected setTime(index: number, handle: ClipHandle, time: number): void {
    const segment = this.segments()[index];
    this.setRange(index, moveHandle(segment, handle, time, this.duration() ?? Number.POSITIVE_INFINITY));
  }

  protected setName(index: number, name: string): void {
    this.segments.update((segments) =>
      segments.map((segment, i) => (i === index ? { ...segment, name } : segment)),
    );
  }

  protected markInvalid(segment: SegmentDraft, handle: ClipHandle, text: string | null): void {
    const key = fieldKey(segment, handle);
    if ((text !== null) === this.invalidFields().has(key)) return;
    const next = new Set(this.invalidFields());
    if (text === null) next.delete(key);
    else next.add(key);
    this.invalidFields.set(next);
  }

  protected isActiveChapter(chapter: SourceChapter): boolean {
    const range = chapterRange(chapter, this.duration());
    const segment = this.activeSegment();
    return Math.abs(segment.start - range.start) < 0.001 && Math.abs(segment.end - range.end) < 0.001;
  }

  /** The chapter's stretch for the segment being edited, and its title as the file name unless one was typed. */
  protected useChapter(chapter: SourceChapter): void {
    const index = this.active();
    this.setRange(index, chapterRange(chapter, this.duration()));
    if (!this.segments()[index].name.trim()) this.setName(index, chapter.title);
  }

  protected useAllChapters(): void {
    const duration = this.duration();
    const firstKey = this.nextKey();
    this.segments.set(
      this.chapters().map((chapter, i) => ({
        key: firstKey + i,
        ...chapterRange(chapter, duration),
        name: chapter.title,
      })),
    );
    this.invalidFields.set(new Set());
    this.active.set(0);
  }

  protected add(): void {
    const segments = this.segments();
    this.segments.set([
      ...segments,
      { key: this.nextKey(), ...nextRange(segments, this.duration()), name: '' },
    ]);
    this.active.set(segments.length);
  }

  /** A key no segment on screen has, so a new segment never takes over the fields of an old one. */
  private nextKey(): number {
    return Math.max(-1, ...this.segments().map((segment) => segment.key)) + 1;
  }

  protected remove(index: number): void {
    const removed = this.segments()[index];
    this.segments.update((segments) => segments.filter((_, i) => i !== index));
    this.markInvalid(removed, 'start', null);
    this.markInvalid(removed, 'end', null);
    const active = this.active();
    if (active > index || active >= this.segments().length) this.active.set(Math.max(0, active - 1));
  }
}
