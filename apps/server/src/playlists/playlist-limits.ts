/** A playlist is returned whole, so it is kept to a size a page can show. */
export const MAX_PLAYLIST_ITEMS = 1000;
