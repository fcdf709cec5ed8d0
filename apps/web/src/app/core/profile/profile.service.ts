import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UserView } from '@clipstream/contract';
import { Observable, tap } from 'rxjs';

import { SessionStore } from '../session/session.store';

export type PictureKind = 'avatar' | 'banner';

export interface ProfileChanges {
  displayName?: string;
  bio?: string;
}

/** Limits the API enforces, checked in the form first. */
export const DISPLAY_NAME_MAX = 80;
export const BIO_MAX = 1000;
export const PICTURE_TYPES = 'image/jpeg,image/png,image/webp';

/**
 * The signed-in person's own channel: name, bio, avatar and banner. Every answer is the updated user,
 * which replaces the session's copy so the header shows the change at once.
 */
@Injectable({ providedIn: 'root' })
export class ProfileService {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  update(changes: ProfileChanges): Observable<UserView> {
    return this.http.patch<UserView>('/api/me', changes).pipe(tap((user) => this.session.setUser(user)));
  }

  uploadPicture(kind: PictureKind, file: File): Observable<UserView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<UserView>(`/api/me/${kind}`, form).pipe(tap((user) => this.session.setUser(user)));
  }

  removePicture(kind: PictureKind): Observable<UserView> {
    return this.http.delete<UserView>(`/api/me/${kind}`).pipe(tap((user) => this.session.setUser(user)));
  }
}
