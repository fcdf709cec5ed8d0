import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 1000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReportReasonDto {
  @ApiProperty({
    minLength: REASON_MIN_LENGTH,
    maxLength: REASON_MAX_LENGTH,
    example: 'Spam: links to a scam site',
  })
  @Transform(trim)
  @IsString({ message: 'reason is required: say what is wrong' })
  @MinLength(REASON_MIN_LENGTH, {
    message: `reason must say what is wrong (${REASON_MIN_LENGTH} characters at least)`,
  })
  @MaxLength(REASON_MAX_LENGTH, { message: `reason must be at most ${REASON_MAX_LENGTH} characters long` })
  reason: string;
}
