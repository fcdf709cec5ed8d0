import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { SessionStore } from '../../core/session/session.store';
import { VideoService } from '../../core/videos/video.service';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { VideoCardComponent } from '../../shared/video-card/video-card.component';

@Component({
  selector: 'cs-home-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    LoadErrorComponent,
    VideoCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly videoService = inject(VideoService);
  protected readonly session = inject(SessionStore);

  /** The search text, from the `?q=` of the URL (router input binding). */
  readonly q = input<string>();

  protected readonly videos = rxResource({
    params: () => ({ q: this.q()?.trim() || undefined }),
    stream: ({ params }) => this.videoService.list(params),
  });
}
