import { describe, expect, it } from 'vitest';
import { approvalRequest } from './approval-request.ts';

describe('approval request (step 20)', () => {
  it('names the token, repositories, permissions and expiry', () => {
    const text = approvalRequest({
      at: 0, name: 'enchilada-install-2026-11-24', owner: 'alta3', needsApproval: true,
      repositories: ['alta3/labs', 'alta3/demo'], permissions: ['Contents: Read-only', 'Metadata: Read-only'],
      expiry: 'This token will expire on Feb 22, 2027 (90 days)',
    }, 'Needed for enchilada installation on cloud');
    expect(text).toContain('Hello alta3 admins,');
    expect(text).toContain('“enchilada-install-2026-11-24” (Needed for enchilada installation on cloud)');
    expect(text).toContain('Repositories: alta3/labs, alta3/demo');
    expect(text).toContain('Permissions: Contents: Read-only, Metadata: Read-only');
    expect(text).toContain('This token will expire on Feb 22, 2027 (90 days).');
  });
});
