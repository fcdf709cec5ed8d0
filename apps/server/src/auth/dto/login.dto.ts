import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ description: 'email or username', example: 'ada' })
  @IsString()
  @IsNotEmpty({ message: 'login (your email or username) is required' })
  @MaxLength(254)
  login: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(128)
  password: string;
}
