// `npm run editor:add -- EMAIL` creates an editor (or renews a removed one) and prints a one-time setup link
// on READOUT_PUBLIC_URL; `npm run editor:remove -- EMAIL` ends an editor's access (their corrections stay).
// Exit code 0 on success, 1 when the account cannot be changed, 2 on a usage error.
import { addEditor, AccountError, removeEditor, SETUP_HOURS } from "@/lib/auth/editors";
import { env } from "@/lib/env";
import { openMigratedDatabase } from "./support/open-database";
import { runMain } from "./support/run-main";

const USAGE = "usage: npm run editor:add -- EMAIL\n       npm run editor:remove -- EMAIL";

runMain("editor", async (cleanups) => {
  const [command, email, ...rest] = process.argv.slice(2);
  if ((command !== "add" && command !== "remove") || !email || rest.length > 0) {
    console.error(`editor: name one email address\n${USAGE}`);
    return 2;
  }
  const { db } = await openMigratedDatabase(cleanups);
  try {
    if (command === "add") {
      const { created, link } = await addEditor(db, email, env.READOUT_PUBLIC_URL);
      console.log(`${created ? "added" : "renewed"} editor ${email.trim().toLowerCase()}; they set their password at this link (works once, for ${SETUP_HOURS} hours):`);
      console.log(link);
    } else {
      await removeEditor(db, email);
      console.log(`removed editor ${email.trim().toLowerCase()}: signed out everywhere; their corrections stay in the history`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AccountError) {
      console.error(`editor: ${error.message}`);
      return 1;
    }
    throw error;
  }
});
