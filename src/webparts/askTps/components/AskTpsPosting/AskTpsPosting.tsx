import * as React from 'react';
import { useServices } from '../../../../shared/services';
import { toUserMessage } from '../../../../shared/text/errorText';
import { DEFAULT_WORK_TYPES } from '../../../../domain/workTypes';
import type { IEnquiryDraft } from '../../model';
import { officerOf, postEnquiry } from '../../actions';
import { PostEnquiryForm } from '../PostEnquiryForm';
import type { IAskTpsPostingProps } from './IAskTpsPostingProps';

/** Connects the posting form to the Enquiries list of the web part's site (actions.postEnquiry). */
export const AskTpsPosting: React.FC<IAskTpsPostingProps> = ({ workTypes, onPosted, resources }) => {
  const { data, user } = useServices();

  const post = React.useCallback(
    async (draft: IEnquiryDraft): Promise<void> => {
      try {
        await postEnquiry(data, officerOf(user), draft);
      } catch (error) {
        // the words for people, with what SharePoint answered kept as the cause (whether a retry can succeed)
        const said: Error & { cause?: unknown } = new Error(toUserMessage(error));
        said.cause = error;
        throw said;
      }
    },
    [data, user]
  );

  return (
    <PostEnquiryForm
      onSubmit={post}
      userKey={user.login}
      workTypes={workTypes || DEFAULT_WORK_TYPES}
      onPosted={onPosted ? () => onPosted() : undefined}
      resources={resources}
    />
  );
};
