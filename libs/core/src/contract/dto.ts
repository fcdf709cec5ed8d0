import type { UserRole } from './enums';

/** The shapes of the HTTP API that clients rely on (see CONTRACT.md). */
export interface UserView {
  id: string;
  email: string;
  username: string;
  displayName: string;
  role: UserRole;
  avatarUrl: string | null;
  bannerUrl: string | null;
  bio: string;
  createdAt: string;
}

export interface AuthResponse {
  user: UserView;
  accessToken: string;
}

export interface ApiError {
  statusCode: number;
  message: string;
  error?: string;
}

export interface HealthView {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis: 'up' | 'down';
}
