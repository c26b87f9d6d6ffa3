import Foundation
import Testing

/// The folder of golden files, beside this source file.
private let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Golden")

/// Compares `actual` byte for byte with `Golden/<name>`.
///
/// With `RECORD_GOLDEN=1` in the environment the file is rewritten and the test passes. A golden
/// file that does not exist yet is written *and the test fails*, so no output is trusted before
/// someone has read it. On a difference the first differing line is reported.
func expectGolden(
  _ actual: String,
  named name: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = goldenFolder.appendingPathComponent(name)
  let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  let existing = try? Data(contentsOf: url)
  if recording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
    } catch {
      Issue.record("cannot write golden file \(name): \(error)", sourceLocation: sourceLocation)
      return
    }
    if existing == nil && !recording {
      Issue.record(
        "golden file \(name) was missing and has been written; review it and run again",
        sourceLocation: sourceLocation
      )
    }
    return
  }
  guard let existing, existing != Data(actual.utf8) else { return }
  let expectedLines = String(decoding: existing, as: UTF8.self).split(
    separator: "\n",
    omittingEmptySubsequences: false
  )
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let line =
    zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(expectedLines.count, actualLines.count)
  let expectedLine = line < expectedLines.count ? String(expectedLines[line]) : "<end of file>"
  let actualLine = line < actualLines.count ? String(actualLines[line]) : "<end of file>"
  Issue.record(
    """
    output differs from golden file \(name) at line \(line + 1) \
    (RECORD_GOLDEN=1 swift test rewrites it):
      expected: \(expectedLine.debugDescription)
      actual:   \(actualLine.debugDescription)
    """,
    sourceLocation: sourceLocation
  )
}
