import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import type { ThumbnailView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { thumbnailAtLeast } from '../../core/videos/thumbnail-sources';

/** The frame chosen among `thumbnails[]`, or a picture of the creator's own. */
export type ThumbnailChoice = { kind: 'frame'; index: number } | { kind: 'custom'; file: File };

const CUSTOM_TYPES = 'image/jpeg,image/png,image/webp';

/** Radio buttons over the frames the pipeline took, plus "upload your own". */
@Component({
  selector: 'cs-thumbnail-picker',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>Thumbnail</legend>
      <div class="options" role="radiogroup" aria-label="Thumbnail">
        @for (frame of frames(); track frame.index) {
          <label class="option" [class.checked]="isFrame(frame.index)">
            <input
              type="radio"
              name="thumbnail"
              [attr.data-testid]="'thumbnail-option-' + frame.index"
              [checked]="isFrame(frame.index)"
              (change)="choice.set({ kind: 'frame', index: frame.index })"
            />
            @if (frame.src) {
              <img [src]="frame.src" [alt]="'Frame ' + (frame.index + 1)" />
            }
          </label>
        }
        @if (customPreview(); as preview) {
          <label class="option" [class.checked]="choice()?.kind === 'custom'">
            <input
              type="radio"
              name="thumbnail"
              data-testid="thumbnail-option-custom"
              [checked]="choice()?.kind === 'custom'"
              (change)="chooseCustom()"
            />
            <img [src]="preview" alt="Your new picture" />
          </label>
        } @else if (current() === null && currentUrl(); as url) {
          <label class="option" [class.checked]="!choice()">
            <input type="radio" name="thumbnail" [checked]="!choice()" (change)="choice.set(null)" />
            <img [src]="url" alt="Your current picture" />
          </label>
        }
      </div>
      <button mat-stroked-button type="button" (click)="file.click()">
        <mat-icon svgIcon="image" aria-hidden="true" />
        Upload your own
      </button>
      <input
        #file
        class="file-input"
        type="file"
        data-testid="thumbnail-upload"
        [accept]="customTypes"
        (change)="pickCustom(file)"
      />
      <p class="hint">JPEG, PNG or WebP, 16:9 looks best.</p>
    </fieldset>
  `,
  styles: `
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    legend {
      margin-bottom: 8px;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(112px, 1fr));
      gap: 8px;
      width: 100%;
    }
    .option {
      position: relative;
      display: block;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border: 3px solid transparent;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      cursor: pointer;
    }
    .option.checked {
      border-color: var(--mat-sys-primary);
    }
    .option:focus-within {
      outline: 2px solid var(--mat-sys-on-surface);
      outline-offset: 2px;
    }
    .option input {
      position: absolute;
      opacity: 0;
    }
    img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .file-input {
      display: none;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ThumbnailPickerComponent {
  readonly thumbnails = input.required<readonly ThumbnailView[]>();
  /** The frame in use now, when it is one of the frames. */
  readonly current = input<number | null>(null);
  /** The picture in use now, shown as an option when it is a custom one. */
  readonly currentUrl = input<string | null>(null);
  /** null: unchanged. */
  readonly choice = model<ThumbnailChoice | null>(null);

  protected readonly customTypes = CUSTOM_TYPES;
  private readonly customFile = signal<File | null>(null);
  protected readonly customPreview = signal<string | null>(null);

  protected readonly frames = computed(() =>
    this.thumbnails().map((thumbnail) => ({ index: thumbnail.index, src: thumbnailAtLeast(thumbnail, 240) })),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.setPreview(null));
  }

  protected isFrame(index: number): boolean {
    const choice = this.choice();
    return choice ? choice.kind === 'frame' && choice.index === index : this.current() === index;
  }

  protected pickCustom(input: HTMLInputElement): void {
    const file = input.files?.item(0);
    input.value = '';
    if (!file) return;
    this.customFile.set(file);
    this.setPreview(URL.createObjectURL(file));
    this.chooseCustom();
  }

  protected chooseCustom(): void {
    const file = this.customFile();
    if (file) this.choice.set({ kind: 'custom', file });
  }

  /** Object URLs hold the file in memory until revoked. */
  private setPreview(url: string | null): void {
    const previous = this.customPreview();
    if (previous) URL.revokeObjectURL(previous);
    this.customPreview.set(url);
  }
}
