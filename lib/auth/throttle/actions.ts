"use server";

import { defineAction } from "../../action";
import { unlockAccount } from "./data/unlock";
import { unlockAccountSchema } from "./schema";

// The unlock link's button. A link alone changes nothing, so a mail scanner
// that follows every link cannot use it up before the owner does.

export const unlockAccountAction = defineAction({
  schema: unlockAccountSchema,
  permission: "public",
  handler: (input) => unlockAccount(input.token),
});
