import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export const COMMENT_MAX_LENGTH = 5000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Plain text, kept exactly as written (only the surrounding blanks are trimmed). */
export class UpdateCommentDto {
  @ApiProperty({ minLength: 1, maxLength: COMMENT_MAX_LENGTH })
  @Transform(trim)
  @IsString({ message: 'body is required: the text of the comment' })
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(COMMENT_MAX_LENGTH, { message: `body must be at most ${COMMENT_MAX_LENGTH} characters long` })
  body: string;
}

export class CreateCommentDto extends UpdateCommentDto {
  @ApiPropertyOptional({ description: 'the comment this one replies to' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be the id of a comment' })
  parentId?: string;
}
