import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';

import { ChannelService } from '../../core/channels/channel.service';
import { CompactNumberPipe } from '../../shared/format/format.pipes';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';

@Component({
  selector: 'cs-channel-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    CompactNumberPipe,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './channel.page.html',
  styleUrl: './channel.page.scss',
})
export class ChannelPage {
  private readonly channels = inject(ChannelService);

  /** From the `:username` of the route. */
  readonly username = input.required<string>();

  protected readonly channel = rxResource({
    params: () => this.username(),
    stream: ({ params }) => this.channels.get(params),
  });
  protected readonly notFound = computed(() => {
    const error = this.channel.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly initial = computed(() =>
    this.channel.hasValue()
      ? (this.channel.value().displayName || this.channel.value().username).charAt(0)
      : '',
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.channel.hasValue()) title.setTitle(`${this.channel.value().displayName} · Clipstream`);
    });
  }
}
