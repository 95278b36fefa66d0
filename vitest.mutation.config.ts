// The tests StrykerJS runs against each mutant (stryker.config.mjs): vitest.config.ts without the integration tests
// whose subject runs in a child process (a built server, the CLI, a killed ingest). A mutant is active only in the
// test's own process, so those tests cannot notice one; the server tests would also build the app in Stryker's sandbox,
// and the extraction time bound does not hold for instrumented code.
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "./vitest.config";

const CHILD_PROCESS_TESTS = [
  "tests/integration/bad-input.test.ts",
  "tests/integration/bad-input-extraction.test.ts",
  "tests/integration/editor-http.test.ts",
  "tests/integration/extract-linear.test.ts",
  "tests/integration/faults-database.test.ts",
  "tests/integration/faults-ingest.test.ts",
  "tests/integration/faults-pages.test.ts",
  "tests/integration/faults-start.test.ts",
  "tests/integration/ingest-cli.test.ts",
  "tests/integration/postgres-lifecycle.test.ts",
  "tests/integration/run-main.test.ts",
  "tests/integration/security-http.test.ts",
  "tests/integration/web-admission.test.ts",
];

// Tests that load a generated corpus of 80 or more articles before each case (page queries and queue at scale): a
// minute per surviving mutant. The hand-built records of the focused query and loading tests (query-filters,
// detail-queries, person-meeting-queries, load-article, reload-article ...) judge each mutant instead.
const CORPUS_TESTS = ["tests/integration/page-queries.test.ts", "tests/integration/queue.test.ts"];

// The query tests load their hand-built records through the ingest before every case: for the ingest's own mutants
// they are set-up, and the loading tests (load-article, load-batch, reload-article) judge them.
const QUERY_TESTS = ["tests/integration/query-filters.test.ts", "tests/integration/detail-queries.test.ts", "tests/integration/person-meeting-queries.test.ts"];
const setUpOnly = (process.env.READOUT_MUTATE ?? "").startsWith("ingest") ? QUERY_TESTS : [];

const projects = (base.test?.projects ?? []) as TestProjectInlineConfiguration[];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: projects.map((project) =>
      project.test?.name === "integration" ? { ...project, test: { ...project.test, exclude: [...CHILD_PROCESS_TESTS, ...CORPUS_TESTS, ...setUpOnly] } } : project,
    ),
  },
});
