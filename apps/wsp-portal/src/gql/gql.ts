/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n': typeof types.Viewer_ViewerFragmentDoc;
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.SessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.LoginPage_LoginDocument;
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n': typeof types.StartPageDocument;
};
const documents: Documents = {
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n':
    types.Viewer_ViewerFragmentDoc,
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': types.SessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n':
    types.LoginPage_LoginDocument,
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n':
    types.StartPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n',
): (typeof documents)['\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n',
): (typeof documents)['\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
