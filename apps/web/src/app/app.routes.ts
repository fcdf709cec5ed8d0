import { Routes } from '@angular/router';

import { signedInGuard } from './core/auth/auth.guard';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Clipstream',
    loadComponent: () => import('./pages/home/home.page').then((m) => m.HomePage),
  },
  {
    path: 'login',
    title: 'Sign in · Clipstream',
    loadComponent: () => import('./pages/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'register',
    title: 'Create an account · Clipstream',
    loadComponent: () => import('./pages/register/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'channel/:username',
    title: 'Channel · Clipstream',
    loadComponent: () => import('./pages/channel/channel.page').then((m) => m.ChannelPage),
  },
  {
    path: 'search',
    title: 'Search · Clipstream',
    loadComponent: () => import('./pages/search/search.page').then((m) => m.SearchPage),
  },
  {
    path: 'subscriptions',
    title: 'Subscriptions · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/subscriptions/subscriptions.page').then((m) => m.SubscriptionsPage),
  },
  {
    path: 'playlists',
    title: 'Your playlists · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/playlists/playlists.page').then((m) => m.PlaylistsPage),
  },
  {
    path: 'playlist/:id',
    title: 'Playlist · Clipstream',
    loadComponent: () => import('./pages/playlist/playlist.page').then((m) => m.PlaylistPage),
  },
  {
    path: 'upload',
    title: 'Upload · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/upload/upload.page').then((m) => m.UploadPage),
  },
  {
    path: 'watch/:id',
    title: 'Watch · Clipstream',
    loadComponent: () => import('./pages/watch/watch.page').then((m) => m.WatchPage),
  },
  {
    path: 'my-videos',
    title: 'Your videos · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/my-videos/my-videos.page').then((m) => m.MyVideosPage),
  },
  {
    path: 'my-videos/:id/clip',
    title: 'Make a clip · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/clip/clip.page').then((m) => m.ClipPage),
  },
  {
    path: 'download',
    title: 'Download a clip · Clipstream',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/download/download.page').then((m) => m.DownloadPage),
  },
  {
    path: 'settings',
    title: 'Settings · Clipstream',
    loadComponent: () => import('./pages/settings/settings.page').then((m) => m.SettingsPage),
  },
  {
    path: '**',
    title: 'Page not found · Clipstream',
    loadComponent: () => import('./pages/not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
