// The part of autocannon 8's API the benchmarks use (the package ships no types), imported by its file so that
// these declarations (with the per-response event) do not clash with the ones for the bare "autocannon".
declare module "autocannon/autocannon.js" {
  type Options = { url: string; connections?: number; duration?: number; timeout?: number; headers?: Record<string, string> };
  type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } };
  type Instance = Promise<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance;
    stop(): void;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
