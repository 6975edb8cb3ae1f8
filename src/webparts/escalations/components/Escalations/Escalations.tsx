import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'EscalationsWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { useServices } from '../../../../shared/services';
import { useNow } from '../../../../shared/hooks/useNow';
import { format } from '../../../../shared/text/format';
import { boardRows, countStates, TEAM_LEADER_FILTERS } from '../../model';
import { useBoard } from '../../hooks/useBoard';
import { useFeedbackCases } from '../../hooks/useFeedbackCases';
import { feedbackRolesOf } from '../../actions';
import type { IFeedbackActor } from '../../actions';
import { FeedbackReview } from '../FeedbackReview';
import { TeamFeedback } from '../TeamFeedback';
import { BoardFilters } from '../BoardFilters';
import { EscalationList } from '../EscalationList';
import type { IEscalationDetailProps } from '../EscalationDetail';
import { DUE_TEMPLATES } from './dueTemplates';
import type { IEscalationsProps } from './IEscalationsProps';
import { getClassNames } from './Escalations.styles';

/** The lowest schema version this web part runs on. */
// Version 4: the Escalations list's CentreKey and CompletedBy, the Feedback Notices list. Version 5: Feedback
// Reviews, and the enquiry's ReferencesList column (the source enquiry's references).
const MINIMUM_SCHEMA_VERSION: number = 5;

// The detail, its forms and the business calendar (public holiday tables) load when an escalation is opened.
const EscalationDetail = React.lazy(
  () => import(/* webpackChunkName: 'escalation-forms' */ '../EscalationDetail/EscalationDetail')
) as React.ComponentType<IEscalationDetailProps>;

/** The SSO board: filters, the escalations sorted by deadline, and the one that is open. */
const EscalationsContent: React.FC = () => {
  const { user } = useServices();
  const me: string = user.login.toLowerCase();
  const board = useBoard();
  const now = useNow(30000);
  const classes = getClassNames(useTheme());
  const [selectedId, setSelectedId] = React.useState<number | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState<string>('');
  // Team Leaders (seed 003) see their centre's open arrears escalations and the feedback about their TPSOs.
  const teamLeader: boolean = board.person.role === 'TeamLeader';
  // Seed 004 feedback protocol: Team Leaders and SSOs (Senior Practitioners) review flags; Team Leaders act on the
  // confirmed ones about their TPSOs.
  const reviewer: boolean = teamLeader || board.person.role === 'SSO';
  const actor: IFeedbackActor | undefined =
    reviewer && board.load.kind === 'ready'
      ? { key: me, displayName: user.displayName, roles: feedbackRolesOf(board.person.role) }
      : undefined;
  // The flags are read the first time the reviewer works in the web part (pointer or focus, or the sections' "Show"
  // buttons, which a screen reader in browse mode reaches), not at first render:
  // the board's first render stays at two requests (issue 14; bench/escalationsBench.ts), as Ask TPS does.
  const [feedbackWanted, setFeedbackWanted] = React.useState<boolean>(false);
  const wantFeedback = React.useCallback((): void => setFeedbackWanted(true), []);
  const feedback = useFeedbackCases(feedbackWanted ? actor : undefined);
  const filters = teamLeader ? TEAM_LEADER_FILTERS : board.filters;
  const rows = React.useMemo(
    () => boardRows(board.items, filters, me, board.person.centreKey, now, DUE_TEMPLATES),
    [board.items, filters, me, board.person.centreKey, now]
  );
  const counts = countStates(rows);
  const selected = board.items.filter((e) => e.id === selectedId)[0];

  if (board.load.kind === 'loading') {
    return <Spinner label={strings.Loading} />;
  }
  if (board.load.kind === 'failed') {
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        actions={<DefaultButton text={strings.Retry} onClick={board.retry} />}
      >
        {board.load.message}
      </MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }} onFocusCapture={wantFeedback} onPointerEnter={wantFeedback}>
      <div className={classes.announcer} role="status" aria-live="polite" data-testid="escalations-announcer">
        {announcement}
      </div>
      {teamLeader ? (
        <Text as="h3" variant="large" block={true}>
          {strings.TeamLeaderHeading}
        </Text>
      ) : (
        <BoardFilters filters={board.filters} onChange={board.setFilters} centreName={board.person.centre} />
      )}
      {board.refreshError && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {format(strings.RefreshFailed, board.refreshError)}
        </MessageBar>
      )}
      <div className={classes.columns}>
        <div className={classes.board}>
          <Text block={true} className={classes.summary}>
            {format(strings.Summary, rows.length, counts.overdue, counts.dueToday)}
          </Text>
          {board.hasMore && <MessageBar>{strings.MoreThanShown}</MessageBar>}
          {rows.length === 0 ? (
            <Text block={true}>{teamLeader ? strings.TeamLeaderEmpty : strings.EmptyState}</Text>
          ) : (
            <EscalationList rows={rows} selectedId={selectedId} onOpen={setSelectedId} />
          )}
          {actor && (
            <section aria-labelledby="escalations-feedback-review">
              <Text as="h3" id="escalations-feedback-review" variant="large" block={true}>
                {strings.FeedbackReviewHeading}
              </Text>
              <FeedbackReview
                items={feedback.cases && feedback.cases.awaitingReview}
                onShow={feedbackWanted ? undefined : wantFeedback}
                error={feedback.error}
                actor={actor}
                onReviewed={feedback.reviewed}
                onAnnounce={setAnnouncement}
              />
            </section>
          )}
          {actor && teamLeader && (
            <section aria-labelledby="escalations-team-feedback">
              <Text as="h3" id="escalations-team-feedback" variant="large" block={true}>
                {strings.FeedbackHeading}
              </Text>
              <TeamFeedback
                items={feedback.cases && feedback.cases.forTeamLeader}
                onShow={feedbackWanted ? undefined : wantFeedback}
                error={feedback.error}
                actor={actor}
                onClosed={feedback.closed}
                onAnnounce={setAnnouncement}
              />
            </section>
          )}
        </div>
        {selected && (
          <div className={classes.detail}>
            <React.Suspense fallback={<Spinner label={strings.DetailLoading} />}>
              <EscalationDetail
                escalation={selected}
                onChanged={board.replace}
                onAnnounce={setAnnouncement}
                onClose={() => setSelectedId(undefined)}
              />
            </React.Suspense>
          </div>
        )}
      </div>
    </Stack>
  );
};

/** Root of the TPS Escalations web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const Escalations: React.FC<IEscalationsProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title} minimumSchemaVersion={MINIMUM_SCHEMA_VERSION}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.Title}
      </Text>
      <EscalationsContent />
    </Stack>
  </WebPartShell>
);
