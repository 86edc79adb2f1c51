"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { regenerateRecoveryCodesAction } from "@/lib/auth/two-factor/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormStatus } from "@/components/ui/form-status";
import { RecoveryCodeList } from "./recovery-code-list";

/** How many recovery codes are left, and a way to replace them all (the old ones stop working). */
export function RecoveryCodesPanel({ left }: { left: number }) {
  const [result, setResult] = useState<ActionResult<{ recoveryCodes: string[] }> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="security-recovery">
      <p>
        {left === 1 ? "1 recovery code is" : `${left} recovery codes are`} left.
        {left <= 3 ? " Make new ones before you run out." : null}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => setResult(await regenerateRecoveryCodesAction({})));
        }}
      >
        <ConfirmButton
          label="Make new recovery codes"
          prompt="Make ten new recovery codes? The codes you have now stop working."
          confirmLabel="Make new codes"
          danger={false}
          disabled={pending}
        />
      </form>
      <FormStatus result={result && !result.ok ? result : null} />
      {result?.ok ? <RecoveryCodeList codes={result.data.recoveryCodes} /> : null}
    </div>
  );
}
