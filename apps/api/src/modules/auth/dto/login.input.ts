import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PortalEnum, type Portal } from '../../../common/graphql/enums.js';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254, { message: 'Een e-mailadres is hoogstens 254 tekens.' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Vul uw wachtwoord in.' })
  @MaxLength(200, { message: 'Dit wachtwoord is te lang.' })
  password!: string;

  @Field(() => PortalEnum)
  @IsIn(Object.values(PortalEnum))
  portal!: Portal;
}
