import { DEMO_PASSWORD } from '@werkbrug/testing';

export type GraphQLClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * Talks to the API directly as a demo account (for test set-up and for checking what employers
 * must not see), keeping its session cookie.
 */
export async function graphqlAs(
  apiUrl: string,
  email: string,
  portal: 'EMPLOYER' | 'WSP',
): Promise<GraphQLClient> {
  let cookie = '';
  const request = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!body.data) throw new Error('GraphQL answered without data');
    return body.data;
  };
  await request('mutation ($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email, password: DEMO_PASSWORD, portal },
  });
  return request;
}
