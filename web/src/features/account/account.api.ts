import { graphql } from '../../gql';
import { execute } from '../../api/graphql-client';

const changePasswordMutation = graphql(`
  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id name role }
  }
`);

/** The API renews this session's cookie and ends the user's other sessions. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await execute(changePasswordMutation, { currentPassword, newPassword });
}
