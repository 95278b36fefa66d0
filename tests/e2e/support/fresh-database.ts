// A database of its own on a running cluster for a browser test's server: dropped if left from a run before,
// created empty and migrated. Returns its URL.
import { migrate } from "@/lib/db/migrate";
import { withClient } from "@/lib/db/with-client";

function adminUrl(clusterUrl: string): string {
  const admin = new URL(clusterUrl);
  admin.pathname = "/postgres";
  return admin.toString();
}

export async function freshDatabase(clusterUrl: string, name: string): Promise<string> {
  await withClient(adminUrl(clusterUrl), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return url.toString();
}

export async function dropDatabase(clusterUrl: string, name: string): Promise<void> {
  await withClient(adminUrl(clusterUrl), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
