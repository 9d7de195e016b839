// GitHub asks for the password, passkey or app again before a token can be made ("sudo mode").
import { Panel } from './panel.tsx';
import type { PanelActions, SudoView } from './view.ts';

export function SudoPanel({ view, actions }: { view: SudoView; actions: PanelActions }) {
  return (
    <Panel subtitle={view.recipeLabel} close={actions.close}>
      <div class="panel-body" role="status">
        <h2 class="section-title">GitHub wants to confirm it is you</h2>
        <p>
          Creating a token is a protected action, so GitHub asks again for your passkey, GitHub Mobile, an
          authentication code or your password (step 8 of the procedure). PAT Pilot cannot and does not do this for you.
        </p>
        <p>{view.fillPending ? 'After you confirm, GitHub returns to the form and PAT Pilot carries on filling it where it was.' : 'After you confirm, GitHub returns to the form and PAT Pilot guides you from there.'}</p>
      </div>
    </Panel>
  );
}
