import { randomBytes } from 'node:crypto';
import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Storage, StorageKeys, User, UserView } from '@clipstream/core';
import { MediaRejectedError, resizeImage } from '@clipstream/media';
import { toUserView } from '../users/user-view';
import { pictureFile, pictureFolder, PictureKind, PICTURES } from './channel-pictures';

/** Largest picture accepted as an avatar or a banner. */
export const PICTURE_MAX_BYTES = 10 * 1024 * 1024;

const KEY_COLUMN = { avatar: 'avatarKey', banner: 'bannerKey' } as const;

/**
 * Avatars and banners: cropped to their shape and made into WebP and JPEG at fixed widths with sharp (a
 * small image operation, fine in the server), each upload in a folder of its own; the user row keeps the
 * key of the largest JPEG.
 */
@Injectable()
export class ProfilePictures {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: Storage,
  ) {}

  async replace(userId: string, kind: PictureKind, picture: Buffer): Promise<UserView> {
    const spec = PICTURES[kind];
    const version = Date.now().toString(36).padStart(9, '0') + randomBytes(2).toString('hex');
    const folder = pictureFolder(kind, userId, version);
    const work = StorageKeys.tmpWorkDir(kind);
    let largest = 0;
    try {
      const variants = await resizeImage(picture, await this.storage.ensureDir(work), spec.widths, {
        baseName: kind,
        aspectRatio: spec.aspectRatio,
      }).catch((error: unknown) => {
        if (error instanceof MediaRejectedError) throw new BadRequestException(error.reason);
        throw error;
      });
      largest = Math.max(...variants.map((variant) => variant.width));
      if (largest < spec.minWidth) {
        const minHeight = Math.round(spec.minWidth / spec.aspectRatio);
        throw new BadRequestException(
          `The picture is too small: a ${kind} must be at least ${spec.minWidth}×${minHeight} pixels`,
        );
      }
      for (const variant of variants) {
        await this.storage.importFile(variant.webp, pictureFile(folder, kind, variant.width, 'webp'));
        await this.storage.importFile(variant.jpeg, pictureFile(folder, kind, variant.width, 'jpg'));
      }
    } finally {
      await this.storage.remove(work);
    }

    const key = pictureFile(folder, kind, largest, 'jpg');
    const column = KEY_COLUMN[kind];
    // two uploads at once: the newer version wins, whichever finishes last
    const stored = await this.em.nativeUpdate(
      User,
      { id: userId, $or: [{ [column]: null }, { [column]: { $lt: key } }] },
      { [column]: key },
    );
    await this.removeVersions(kind, userId, (other) => (stored ? other < version : other === version));
    return toUserView(await this.fresh(userId));
  }

  async remove(userId: string, kind: PictureKind): Promise<UserView> {
    await this.em.nativeUpdate(User, { id: userId }, { [KEY_COLUMN[kind]]: null });
    await this.storage.remove(PICTURES[kind].dir(userId));
    return toUserView(await this.fresh(userId));
  }

  private async removeVersions(kind: PictureKind, userId: string, doomed: (version: string) => boolean) {
    const folders = await this.storage.listChildren(PICTURES[kind].dir(userId));
    for (const entry of folders) {
      const version = entry.key.slice(entry.key.lastIndexOf('/') + 1);
      if (doomed(version)) await this.storage.remove(pictureFolder(kind, userId, version));
    }
  }

  /** Read again: the key was changed by a native update, which the identity map does not see. */
  private fresh(userId: string): Promise<User> {
    return this.em.findOneOrFail(User, { id: userId }, { refresh: true });
  }
}
