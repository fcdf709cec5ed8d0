import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { finalize, Observable } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { PICTURE_TYPES, type PictureKind, ProfileService } from '../../core/profile/profile.service';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { pictureProblem } from './picture-check';

const TEXT: Record<PictureKind, { title: string; hint: string }> = {
  avatar: {
    title: 'Avatar',
    hint: 'A square picture, at least 64 pixels wide. JPEG, PNG or WebP, up to 10 MB.',
  },
  banner: {
    title: 'Banner',
    hint: 'A wide picture (about 6:1), at least 1024 pixels wide. JPEG, PNG or WebP, up to 10 MB.',
  },
};

/**
 * The avatar or the banner: the current one, a preview of a newly chosen file before it is sent, and
 * remove. Hooks: `{kind}-input` (the file input), `{kind}-upload`, `{kind}-cancel`, `{kind}-remove`.
 */
@Component({
  selector: 'cs-picture-field',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, FormErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let k = kind();
    <fieldset [attr.data-testid]="k + '-field'">
      <legend>{{ text().title }}</legend>
      <div class="preview" [class]="k" [attr.data-testid]="k + '-preview'">
        @if (previewUrl() ?? currentUrl(); as url) {
          <img [src]="url" [alt]="previewUrl() ? 'Your new ' + k : 'Your current ' + k" />
        } @else {
          <mat-icon [svgIcon]="k === 'avatar' ? 'person' : 'image'" aria-hidden="true" />
        }
      </div>
      <p class="hint">{{ text().hint }}</p>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Saving your ' + k" />
      }
      <cs-form-error [messages]="errors()" />
      <div class="buttons">
        @if (chosen()) {
          <button
            mat-flat-button
            type="button"
            [disabled]="busy()"
            [attr.data-testid]="k + '-upload'"
            (click)="upload()"
          >
            Save {{ k }}
          </button>
          <button
            mat-button
            type="button"
            [disabled]="busy()"
            [attr.data-testid]="k + '-cancel'"
            (click)="forget()"
          >
            Cancel
          </button>
        } @else {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="file.click()">
            <mat-icon svgIcon="image" aria-hidden="true" /> Choose a picture
          </button>
          @if (currentUrl()) {
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              [attr.data-testid]="k + '-remove'"
              (click)="remove()"
            >
              Remove
            </button>
          }
        }
      </div>
      <input
        #file
        class="file-input"
        type="file"
        [accept]="types"
        [attr.data-testid]="k + '-input'"
        [attr.aria-label]="'Choose a new ' + k"
        (change)="choose(file)"
      />
    </fieldset>
  `,
  styles: `
    fieldset {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 8px;
      font: var(--mat-sys-title-small);
    }
    .preview {
      display: grid;
      place-items: center;
      overflow: hidden;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-outline);
    }
    .preview.avatar {
      width: 128px;
      height: 128px;
      border-radius: 50%;
    }
    .preview.banner {
      width: 100%;
      aspect-ratio: 2048 / 340;
      border-radius: var(--mat-sys-corner-medium);
    }
    .preview img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .preview mat-icon {
      width: 48px;
      height: 48px;
    }
    .hint {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .file-input {
      display: none;
    }
  `,
})
export class PictureFieldComponent {
  private readonly profile = inject(ProfileService);
  private readonly snackBar = inject(MatSnackBar);

  readonly kind = input.required<PictureKind>();
  readonly currentUrl = input<string | null>(null);

  protected readonly types = PICTURE_TYPES;
  protected readonly text = computed(() => TEXT[this.kind()]);
  protected readonly chosen = signal<File | null>(null);
  protected readonly previewUrl = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.revokePreview());
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (!file) return;
    const problem = pictureProblem(file);
    this.forget();
    if (problem) {
      this.errors.set([problem]);
      return;
    }
    this.chosen.set(file);
    this.previewUrl.set(URL.createObjectURL(file));
  }

  protected upload(): void {
    const file = this.chosen();
    if (!file) return;
    this.send(this.profile.uploadPicture(this.kind(), file), `Your new ${this.kind()} is saved.`);
  }

  protected remove(): void {
    this.send(this.profile.removePicture(this.kind()), `Your ${this.kind()} is removed.`);
  }

  protected forget(): void {
    this.revokePreview();
    this.chosen.set(null);
    this.errors.set([]);
  }

  private send(request: Observable<unknown>, done: string): void {
    this.busy.set(true);
    this.errors.set([]);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.forget();
        this.snackBar.open(done, undefined, { duration: 3000 });
      },
      error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
    });
  }

  private revokePreview(): void {
    const url = this.previewUrl();
    if (url) URL.revokeObjectURL(url);
    this.previewUrl.set(null);
  }
}
