import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';

import { AUTO_LEVEL, type QualityLevel } from './hls-playback';

/** "Auto" and every rendition of the stream, highest first; the button says what is playing. */
@Component({
  selector: 'cs-quality-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      data-testid="quality-menu"
      [attr.aria-label]="'Quality: ' + label()"
      matTooltip="Quality"
      [matMenuTriggerFor]="menu"
    >
      <mat-icon svgIcon="settings" aria-hidden="true" />
      <span class="label">{{ shortLabel() }}</span>
    </button>
    <mat-menu #menu="matMenu" yPosition="above" xPosition="before" class="quality-menu-panel">
      <button
        mat-menu-item
        type="button"
        role="menuitemradio"
        data-testid="quality-option-auto"
        [attr.aria-checked]="selected() === auto"
        (click)="choose.emit(auto)"
      >
        <mat-icon svgIcon="check" aria-hidden="true" [class.unchecked]="selected() !== auto" />
        <span
          >Auto{{ selected() === auto && playingLevel() ? ' (' + playingLevel()!.height + 'p)' : '' }}</span
        >
      </button>
      @for (level of sorted(); track level.index) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.data-testid]="'quality-option-' + level.height"
          [attr.aria-checked]="selected() === level.index"
          (click)="choose.emit(level.index)"
        >
          <mat-icon svgIcon="check" aria-hidden="true" [class.unchecked]="selected() !== level.index" />
          <span>{{ level.height }}p</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .trigger {
      min-width: 0;
      color: #fff;
      --mat-button-text-label-text-color: #fff;
    }
    .unchecked {
      visibility: hidden;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
  `,
})
export class QualityMenuComponent {
  readonly levels = input.required<readonly QualityLevel[]>();
  /** AUTO_LEVEL or the index of the chosen rendition. */
  readonly selected = input.required<number>();
  /** The rendition hls.js is playing now. */
  readonly playing = input<number>(AUTO_LEVEL);
  readonly choose = output<number>();

  protected readonly auto = AUTO_LEVEL;
  protected readonly sorted = computed(() =>
    [...this.levels()].sort((a, b) => b.height - a.height || b.bitrate - a.bitrate),
  );
  protected readonly playingLevel = computed(
    () => this.levels().find((level) => level.index === this.playing()) ?? null,
  );
  protected readonly shortLabel = computed(() => {
    const chosen = this.levels().find((level) => level.index === this.selected());
    if (chosen) return `${chosen.height}p`;
    const playing = this.playingLevel();
    return playing ? `Auto · ${playing.height}p` : 'Auto';
  });
  protected readonly label = computed(() => this.shortLabel().replace(' · ', ', '));
}
