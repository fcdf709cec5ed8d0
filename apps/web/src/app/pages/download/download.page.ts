import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { finalize, map, Observable, Subscription } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { DownloadService } from '../../core/downloads/download.service';
import type {
  DownloadFormat,
  DownloadQuality,
  DownloadView,
  SourceInspection,
} from '../../core/downloads/download.types';
import { formatBytes } from '../../shared/format/format';
import { BytesPipe } from '../../shared/format/format.pipes';
import { formatShortTimecode } from '../../shared/format/timecode';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { DownloadHistoryComponent } from './download-history.component';
import { DownloadHistoryStore } from './download-history.store';
import { ImportPanelComponent } from './import-panel.component';
import {
  BEST_QUALITY,
  estimateBytes,
  FORMAT_LABELS,
  formatAfter,
  formatsFor,
  qualityOptions,
} from './quality-options';
import { SegmentEditorComponent } from './segment-editor.component';
import { downloadRequest, type SegmentDraft, segmentProblems, totalSeconds, wholeSource } from './segments';
import { SourceCardComponent } from './source-card.component';
import { sourceUrlProblem } from './source-url';

@Component({
  selector: 'cs-download-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    BytesPipe,
    DownloadHistoryComponent,
    FormErrorComponent,
    ImportPanelComponent,
    SegmentEditorComponent,
    SourceCardComponent,
  ],
  providers: [DownloadHistoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './download.page.html',
  styleUrl: './download.page.scss',
})
export class DownloadPage implements OnInit {
  private readonly api = inject(DownloadService);
  private readonly history = inject(DownloadHistoryStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  /** `?url=`: a link to this page can bring the address along; it is inspected at once. */
  readonly url = input<string>();

  protected readonly urlText = signal('');
  protected readonly inspecting = signal(false);
  protected readonly inspectErrors = signal<string[]>([]);
  protected readonly source = signal<SourceInspection | null>(null);
  /** The address as it was inspected: what downloads and imports are asked for. */
  protected readonly inspectedUrl = signal('');

  protected readonly segments = signal<SegmentDraft[]>([]);
  protected readonly active = signal(0);
  protected readonly invalidFields = signal<ReadonlySet<string>>(new Set());
  protected readonly activeSegment = computed(() => this.segments()[this.active()] ?? this.segments()[0]);

  protected readonly quality = signal<DownloadQuality>(BEST_QUALITY);
  protected readonly format = signal<DownloadFormat>('mp4');
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly qualities = computed(() => qualityOptions(this.source()?.formats ?? []));
  protected readonly formats = computed(() => formatsFor(this.quality()));
  protected readonly chosenQuality = computed(() => this.qualities().find((q) => q.value === this.quality()));
  protected readonly selectedSeconds = computed(() => totalSeconds(this.segments()));
  /** "2 segments · 21:59 · about 145.2 MB" */
  protected readonly summary = computed(() => {
    const count = this.segments().length;
    const bytes = this.estimate(this.chosenQuality()?.wholeBytes);
    return [
      count === 1 ? '1 segment' : `${count} segments`,
      formatShortTimecode(this.selectedSeconds()),
      bytes === null ? 'size unknown' : `about ${formatBytes(bytes)}`,
    ].join(' · ');
  });

  protected readonly submitting = signal(false);
  protected readonly submitErrors = signal<string[]>([]);

  private inspection: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.inspection?.unsubscribe());
  }

  ngOnInit(): void {
    const url = this.url()?.trim();
    if (url) {
      this.urlText.set(url);
      this.inspect();
    }
  }

  /** The size of the chosen stretches at a quality of the whole video of `wholeBytes`. */
  protected estimate(wholeBytes: number | null | undefined): number | null {
    return estimateBytes(wholeBytes ?? null, this.selectedSeconds(), this.source()?.duration ?? null);
  }

  protected inspect(): void {
    const url = this.urlText().trim();
    const problem = sourceUrlProblem(url);
    this.inspection?.unsubscribe();
    if (problem) {
      this.inspecting.set(false);
      this.inspectErrors.set([problem]);
      return;
    }
    this.inspecting.set(true);
    this.inspectErrors.set([]);
    this.inspection = this.api
      .inspect(url)
      .pipe(finalize(() => this.inspecting.set(false)))
      .subscribe({
        next: (source) => this.show(url, source),
        error: (error: unknown) => this.inspectErrors.set(apiErrorMessages(error)),
      });
  }

  protected chooseQuality(quality: DownloadQuality): void {
    this.quality.set(quality);
    this.format.update((format) => formatAfter(quality, format));
  }

  protected submit(): void {
    const source = this.source();
    if (!source || this.submitting()) return;
    const problems = segmentProblems(this.segments(), source.duration, this.invalidFields());
    this.submitErrors.set(problems);
    if (problems.length > 0) return;
    const request = downloadRequest(this.inspectedUrl(), this.segments(), this.quality(), this.format());
    const created: Observable<DownloadView[]> =
      'segments' in request ? this.api.create(request) : this.api.create(request).pipe(map((view) => [view]));
    this.submitting.set(true);
    created.pipe(finalize(() => this.submitting.set(false))).subscribe({
      next: (downloads) => this.started(downloads),
      error: (error: unknown) => this.submitErrors.set(apiErrorMessages(error)),
    });
  }

  private show(url: string, source: SourceInspection): void {
    this.source.set(source);
    this.inspectedUrl.set(url);
    this.segments.set([{ key: 0, ...wholeSource(source.duration), name: '' }]);
    this.active.set(0);
    this.invalidFields.set(new Set());
    this.quality.set(BEST_QUALITY);
    this.format.set('mp4');
    this.submitErrors.set([]);
    // The address in the bar brings this video back after a reload, or in a link.
    void this.router.navigate([], { queryParams: { url }, replaceUrl: true });
  }

  private started(downloads: DownloadView[]): void {
    this.history.add(downloads);
    const message =
      downloads.length === 1
        ? 'Download started: follow it below.'
        : `${downloads.length} downloads started: follow them below.`;
    this.snackBar.open(message, undefined, { duration: 4000 });
    this.host.querySelector('.history')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
}
