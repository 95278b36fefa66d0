// Names of the databases the integration tests use on their one test server.
export const TEMPLATE_DATABASE = "readout_template";

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
