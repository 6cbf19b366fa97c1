// The build keeps migrations beside the sources (dist resolves ../../../drizzle), so nothing to copy
// today; the hook stays so generated assets have one place to be copied from.
process.exit(0);
