/**
 * Prints the closing line CI reads: "tests: N passed, N failed[, N skipped]", adding the counts of the
 * specs scripts/test.mjs ran before jest (CLIPSTREAM_OTHER_TEST_COUNTS).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const other = JSON.parse(process.env.CLIPSTREAM_OTHER_TEST_COUNTS || '{}');
    const passed = results.numPassedTests + (other.passed ?? 0);
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites + (other.failed ?? 0);
    const skipped = results.numPendingTests + results.numTodoTests + (other.skipped ?? 0);
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
