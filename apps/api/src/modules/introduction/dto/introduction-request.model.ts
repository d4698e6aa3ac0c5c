import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EmployerIntroductionModel } from './introduction.model.js';

@ObjectType('IntroductionRequestFailure', {
  description: 'A candidate that could not be requested; never says why beyond the message.',
})
export class IntroductionRequestFailureModel {
  @Field(() => Int) candidateNumber!: number;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field({
    description: 'Dutch, e.g. "Kandidaat 4711 is niet meer beschikbaar voor deze vacature."',
  })
  message!: string;
}

@ObjectType('IntroductionRequestResult')
export class IntroductionRequestResultModel {
  @Field(() => [EmployerIntroductionModel], {
    description:
      'One introduction per requested candidate that is still available: new ones PROPOSED, or the open one that already existed.',
  })
  introductions!: EmployerIntroductionModel[];
  @Field(() => [IntroductionRequestFailureModel]) failures!: IntroductionRequestFailureModel[];
}
