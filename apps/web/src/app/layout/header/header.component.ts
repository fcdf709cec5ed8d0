import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { AuthService } from '../../core/auth/auth.service';
import { SessionStore } from '../../core/session/session.store';
import { ThemeService } from '../../core/theme/theme.service';
import { NotificationBellComponent } from '../notifications/notification-bell.component';
import { SocketStatusComponent } from '../socket-status/socket-status.component';

@Component({
  selector: 'cs-header',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDividerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatToolbarModule,
    MatTooltipModule,
    NotificationBellComponent,
    SocketStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './header.component.html',
  styleUrl: './header.component.scss',
})
export class HeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);
  protected readonly theme = inject(ThemeService);

  /** On phones the search field folds into an icon; this opens it as a row of its own. */
  protected readonly searchOpen = signal(false);
  protected readonly search = new FormControl('', { nonNullable: true });
  /** A form directive, so that submitting runs the search instead of reloading the page. */
  protected readonly searchForm = new FormGroup({ q: this.search });
  protected readonly initial = computed(() => this.session.user()?.displayName.charAt(0) ?? '');

  constructor() {
    // Query params are shared by the whole route tree, so the root route sees the current `?q=`.
    const q = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('q') ?? '')), {
      initialValue: '',
    });
    effect(() => this.search.setValue(q()));
  }

  protected submitSearch(): void {
    const q = this.search.value.trim();
    this.searchOpen.set(false);
    // Filters of a search in progress (tab, tag, category) stay; a new search starts at its first page.
    const onSearch = this.router.url.startsWith('/search');
    void this.router.navigate(['/search'], {
      queryParams: { q: q || null },
      queryParamsHandling: onSearch ? 'merge' : undefined,
    });
  }

  protected logout(): void {
    this.auth.logout();
    void this.router.navigateByUrl('/');
    this.snackBar.open('You are signed out.', undefined, { duration: 4000 });
  }
}
