import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { BytesPipe } from '../../shared/format/format.pipes';

/**
 * Where a file is dropped, or picked with the system's file chooser (the keyboard way). Once a file
 * is chosen it folds into a line naming it; dropping or picking another still replaces it.
 */
@Component({
  selector: 'cs-drop-zone',
  imports: [MatButtonModule, MatIconModule, BytesPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      data-testid="upload-dropzone"
      [class.active]="dragging()"
      [class.compact]="!!chosen()"
      (dragenter)="over($event)"
      (dragover)="over($event)"
      (dragleave)="dragging.set(false)"
      (drop)="drop($event)"
    >
      @if (chosen(); as file) {
        <mat-icon svgIcon="movie" aria-hidden="true" />
        <p class="file" data-testid="upload-file">
          <span class="name">{{ file.name }}</span>
          <span class="size">{{ file.size | bytes }}</span>
        </p>
        <button mat-stroked-button type="button" (click)="input.click()">Change file</button>
      } @else {
        <mat-icon svgIcon="cloud-upload" aria-hidden="true" />
        <p class="lead">Drag and drop a video file here</p>
        <p class="or">or</p>
        <button mat-flat-button type="button" class="choose" (click)="input.click()">Choose a file</button>
        <p class="hint"><ng-content /></p>
      }
      <input
        #input
        type="file"
        class="file-input"
        data-testid="upload-input"
        aria-label="Choose a video file"
        [accept]="accept()"
        (change)="picked(input)"
      />
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 56px 24px;
      text-align: center;
      border: 2px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-extra-large);
      background: var(--mat-sys-surface-container-low);
      transition:
        border-color 0.15s,
        background 0.15s;
    }
    .zone.compact {
      flex-direction: row;
      padding: 12px 16px;
      text-align: left;
      border-style: solid;
      border-width: 1px;
    }
    .compact mat-icon {
      flex: none;
      width: 32px;
      height: 32px;
    }
    .file {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .name {
      font: var(--mat-sys-title-small);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .size {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .zone.active {
      border-color: var(--mat-sys-primary);
      background: color-mix(in srgb, var(--mat-sys-primary) 10%, var(--mat-sys-surface-container-low));
    }
    mat-icon {
      width: 64px;
      height: 64px;
      color: var(--mat-sys-primary);
    }
    p {
      margin: 0;
    }
    .lead {
      font: var(--mat-sys-title-large);
    }
    .or,
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      margin-top: 8px;
      max-width: 52ch;
      font: var(--mat-sys-body-small);
    }
    .file-input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      pointer-events: none;
    }
    @media (max-width: 599px) {
      .zone {
        padding: 32px 16px;
      }
      .lead {
        font: var(--mat-sys-title-medium);
      }
    }
  `,
})
export class DropZoneComponent {
  readonly accept = input('video/*,audio/*');
  readonly chosen = input<File | null>(null);
  readonly file = output<File>();

  protected readonly dragging = signal(false);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  /** Where a form sends the keyboard when it still needs a file. */
  focus(): void {
    this.host.nativeElement.querySelector<HTMLElement>('.choose')?.focus();
  }

  protected over(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files.item(0);
    if (file) this.file.emit(file);
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.item(0);
    // Cleared so that picking the same file again (after "Change file") still fires a change.
    input.value = '';
    if (file) this.file.emit(file);
  }
}
