import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Comment, Report, User, Video } from '@clipstream/core';

interface Person {
  id: string;
  username: string;
}

/** What a moderator needs to judge a reported video without opening it. */
export interface VideoTargetSummary {
  title: string;
  owner: Person;
  visibility: Video['visibility'];
  hidden: boolean;
  status: Video['status'];
}

export interface CommentTargetSummary {
  body: string;
  author: Person;
  videoId: string;
  videoTitle: string;
}

export type ReportTargetSummary = VideoTargetSummary | CommentTargetSummary;

type TargetRef = Pick<Report, 'targetType' | 'targetId'>;

const person = (user: User): Person => ({ id: user.id, username: user.username });

/** The reported videos and comments, looked up together for a page of reports. */
@Injectable()
export class ReportTargets {
  constructor(private readonly em: EntityManager) {}

  /** Summaries of the targets that still exist, by target id. */
  async describe(reports: readonly TargetRef[]): Promise<Map<string, ReportTargetSummary>> {
    const idsOf = (type: Report['targetType']) => [
      ...new Set(reports.filter((report) => report.targetType === type).map((report) => report.targetId)),
    ];
    const summaries = new Map<string, ReportTargetSummary>();
    const videoIds = idsOf('video');
    if (videoIds.length) {
      for (const video of await this.em.find(Video, { id: { $in: videoIds } }, { populate: ['owner'] })) {
        summaries.set(video.id, {
          title: video.title,
          owner: person(video.owner),
          visibility: video.visibility,
          hidden: video.hidden,
          status: video.status,
        });
      }
    }
    const commentIds = idsOf('comment');
    if (commentIds.length) {
      const comments = await this.em.find(
        Comment,
        { id: { $in: commentIds } },
        { populate: ['author', 'video'] },
      );
      for (const comment of comments) {
        summaries.set(comment.id, {
          body: comment.body,
          author: person(comment.author),
          videoId: comment.video.id,
          videoTitle: comment.video.title,
        });
      }
    }
    return summaries;
  }

  /** Whose content it is: the owner of a video, the author of a comment; null when it is gone. */
  async ownerOf(report: TargetRef): Promise<string | null> {
    if (report.targetType === 'video') {
      return (await this.em.findOne(Video, { id: report.targetId }))?.owner.id ?? null;
    }
    return (await this.em.findOne(Comment, { id: report.targetId }))?.author.id ?? null;
  }
}
