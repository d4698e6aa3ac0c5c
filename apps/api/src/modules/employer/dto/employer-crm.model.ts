import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CONTACT_CHANNELS,
  type AgreementKind,
  type AgreementStatus,
  type ContactChannel,
} from '@werkbrug/domain-rules';

const enumOf = <const T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };

export const ContactChannelEnum = enumOf(CONTACT_CHANNELS);
registerEnumType(ContactChannelEnum, {
  name: 'ContactChannel',
  description: 'How the WSP and the employer were in touch.',
});
export const AgreementKindEnum = enumOf(AGREEMENT_KINDS);
registerEnumType(AgreementKindEnum, {
  name: 'AgreementKind',
  description: 'What an agreement with an employer is about.',
});
export const AgreementStatusEnum = enumOf(AGREEMENT_STATUSES);
registerEnumType(AgreementStatusEnum, { name: 'AgreementStatus' });

@ObjectType('EmployerContactMoment', {
  description:
    'A call, mail or visit with the employer: internal to the WSP, never shown to employer users.',
})
export class EmployerContactMomentModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD.' }) contactedOn!: string;
  @Field(() => ContactChannelEnum) channel!: ContactChannel;
  @Field() subject!: string;
  @Field({ description: 'At most 2000 characters; may be empty.' }) note!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Display name of the staff member who recorded it.',
  })
  recordedBy!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('EmployerAgreement', {
  description: 'What the WSP agreed with the employer; internal to the WSP.',
})
export class EmployerAgreementModel {
  @Field(() => ID) id!: string;
  @Field(() => AgreementKindEnum) kind!: AgreementKind;
  @Field() description!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Number of places agreed, if the agreement is about places.',
  })
  places!: number | null;
  @Field({ description: 'YYYY-MM-DD.' }) validFrom!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null: open-ended.' })
  validTo!: string | null;
  @Field(() => AgreementStatusEnum) status!: AgreementStatus;
  @Field(() => String, { nullable: true }) recordedBy!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
