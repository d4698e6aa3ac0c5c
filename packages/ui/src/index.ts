export { AppShell, type AppShellProps, type NavigationItem } from './app-shell/AppShell.js';
export { LoginForm, type LoginFormProps } from './login/LoginForm.js';
export { LoginPage, type LoginMutationDocument, type LoginPageProps } from './login/LoginPage.js';
export { loginErrorFrom, type LoginError } from './login/loginError.js';
export {
  validateLogin,
  type LoginField,
  type LoginFieldErrors,
  type LoginValues,
} from './login/validateLogin.js';
export { RouterLink, useRouterLinkProps, type RouterLinkProps } from './navigation/RouterLink.js';
export { RouterButtonLink, type RouterButtonLinkProps } from './navigation/RouterButtonLink.js';
export { NotFoundPage } from './not-found/NotFoundPage.js';
export { NoAccessPage, type NoAccessPageProps } from './no-access/NoAccessPage.js';
export { usePageTitle } from './page-title/usePageTitle.js';
export { formatRoles, roleLabel } from './roles/roles.js';
export { PortalProviders, type PortalProvidersProps } from './session/PortalProviders.js';
export {
  RequireAuth,
  returnPathFrom,
  type LoginRedirectState,
  type RequireAuthProps,
} from './session/RequireAuth.js';
export {
  SessionProvider,
  useSession,
  useViewer,
  type LogoutMutationData,
  type Session,
  type SessionProviderProps,
  type SessionQueryData,
  type SessionStatus,
  type SessionViewer,
} from './session/session.js';
export {
  ErrorSummary,
  type ErrorSummaryItem,
  type ErrorSummaryProps,
} from './forms/ErrorSummary.js';
export {
  Field,
  FieldGroup,
  type FieldControlProps,
  type FieldGroupProps,
  type FieldProps,
} from './forms/Field.js';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './forms/RadioGroup.js';
export {
  fieldErrorsFrom,
  firstInvalid,
  formErrorFrom,
  inputFieldKey,
  summaryItems,
  type FieldErrors,
  type FieldProblem,
  type FormError,
} from './forms/formError.js';
export { errorCodeOf, isNotFound, isUserFacingCode, loadErrorMessage } from './forms/errorCode.js';
export {
  centsToEuroInput,
  euroInputToCents,
  formatCents,
  formatDate,
  formatNumber,
} from './format/format.js';
export { LoadError, LoadingState, type LoadErrorProps } from './states/states.js';
