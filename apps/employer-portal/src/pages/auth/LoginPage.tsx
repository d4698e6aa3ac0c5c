import { LoginPage as SharedLoginPage } from '@werkbrug/ui';
import { PORTAL } from '../../app/portal.js';
import { graphql } from '../../gql/index.js';

export const LoginPageLoginMutation = graphql(`
  mutation LoginPage_Login($input: LoginInput!) {
    login(input: $input) {
      ...Viewer_viewer
    }
  }
`);

export function LoginPage() {
  return (
    <SharedLoginPage
      loginMutation={LoginPageLoginMutation}
      portal={PORTAL}
      intro="Log in met het e-mailadres en wachtwoord van uw werkgeversaccount."
    />
  );
}
