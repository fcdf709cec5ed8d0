import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export const BIO_MAX_LENGTH = 1000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: 80 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'displayName must be text' })
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(80, { message: 'displayName must be at most 80 characters long' })
  displayName?: string;

  @ApiPropertyOptional({ maxLength: BIO_MAX_LENGTH, description: 'plain text, shown on the channel page' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'bio must be text' })
  @MaxLength(BIO_MAX_LENGTH, { message: `bio must be at most ${BIO_MAX_LENGTH} characters long` })
  bio?: string;
}
