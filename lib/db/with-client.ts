// One pg connection for the length of `work`, closed however it ends: for scripts, benchmarks and tests that read or
// write the database beside (not through) the app's Prisma client.
import pg from "pg";

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
