import ArgumentParser
import Articles
import Comparison
import Dispatch
import Foundation
import Reports
import TextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `storydiff batch`: compares many stories, one per line of a JSON Lines file, on every core,
/// and writes one JSON report per line.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Compare many stories listed in a JSON Lines file, one JSON report per line.",
    discussion: """
      Each line of STORIES is one story: {"id": "…", "articles": [ … ]}. An article is a path \
      (relative to the JSON Lines file, or absolute) read as 'compare' reads it, or an article \
      object as in 'extract' JSON input ({"title", "text" or "html", "outlet", "language", \
      "published", "id"}). A story may also set "published" (YYYY-MM-DD, for relative dates), \
      "lang" (en, fr or ja) and "sentencePerLine" (true for one sentence per line, as FLORES \
      stores text).

      Output is one report per line in input order (the JSON of 'compare --format json' with \
      a "story" key and the "coverage" object; schemas/report.schema.json), or with \
      --format csv one table with a "story" column first. A story that fails (missing file, \
      bad JSON, fewer than two articles) is reported on stderr as one line naming the story \
      and the file, and the others go on; the exit status is then 1. Progress is shown on \
      stderr when it is a terminal; a summary line ends the run.

      Examples:
        storydiff batch examples/stories.jsonl -o reports.jsonl
        storydiff batch --jobs 1 examples/stories.jsonl
        storydiff batch --format csv examples/stories.jsonl > reports.csv
        storydiff batch - < stories.jsonl    # paths relative to the current folder
      """
  )

  @Argument(help: "The stories: a JSON Lines file, or - for standard input.")
  var stories: String

  @Option(
    name: [.short, .long],
    help: "Write the reports to this file instead of standard output."
  )
  var output: String?

  @Option(help: "How many stories to compare at once (default: the number of cores).")
  var jobs: Int?

  @Option(help: "Output format: jsonl (one JSON report per line) or csv (one table).")
  var format: BatchFormat = .jsonl

  @Option(
    help: ArgumentHelp("A dictionaries folder to use instead of the bundled one.", valueName: "dir")
  )
  var dictionaries: String?

  /// The output formats of `batch`.
  enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
    case csv
  }

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
  }

  func run() throws {
    let started = ContinuousClock.now
    let name = stories == "-" ? "stdin" : stories
    let bytes = try ExtractCommand.readBytes(stories)
    let text: String
    do {
      text = try TextDecoder.utf8(bytes)
    } catch {
      throw InputError(name, error.description)
    }
    let base =
      stories == "-"
      ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      : URL(fileURLWithPath: stories).deletingLastPathComponent()
    let entries = Self.entries(in: text, name: name, relativeTo: stories == "-" ? nil : base)
    if entries.isEmpty { throw InputError(name, "no stories (one JSON object per line)") }

    let pipeline = try StoryPipeline(dictionaries: StoryPipeline.dictionarySource(dictionaries))
    let sink = try OutputSink(path: output)
    let workers = min(entries.count, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    let state = BatchState(
      count: entries.count,
      sink: sink,
      format: format,
      showsProgress: isatty(STDERR_FILENO) == 1
    )
    DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
      while let position = state.nextPosition() {
        state.finish(position, Self.outcome(of: entries[position], pipeline: pipeline))
      }
    }
    state.finishProgress()
    try sink.close()

    let elapsed = started.duration(to: .now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let failed = state.failureCount
    let summary =
      "batch: \(entries.count - failed) of \(entries.count) stories compared, \(failed) failed, "
      + "\(ReportTiming.seconds(seconds)) s with \(max(1, workers)) "
      + (workers == 1 ? "job" : "jobs")
    FileHandle.standardError.write(Data((summary + "\n").utf8))
    if failed > 0 {
      throw InputError(
        name,
        "\(failed) of \(entries.count) stories failed"
      )
    }
  }

  /// One story as read from its line, or the reason it cannot be.
  struct Entry: Sendable {
    /// The story's id (or `line N` when the line has none).
    var id: String
    /// `stories.jsonl:3`, for messages.
    var place: String
    /// The articles: a path to read or an inline JSON object.
    var articles: [Source]
    /// How to read the articles.
    var settings: StoryPipeline.Settings
    /// Why the line cannot be used, if it cannot.
    var problem: String?

    enum Source: Sendable {
      case file(String)
      case inline(Data, name: String)
    }
  }

  /// A story's report, or the one-line message of its failure.
  enum Outcome: Sendable {
    case report(id: String, ComparisonReport)
    case failure(String)
  }

  /// The stories in a JSON Lines text; blank lines are skipped.
  static func entries(in text: String, name: String, relativeTo base: URL?) -> [Entry] {
    var entries = [Entry]()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      let place = "\(name):\(number + 1)"
      var entry = Entry(id: "line \(number + 1)", place: place, articles: [], settings: .init())
      guard
        let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any]
      else {
        entry.problem = "not a JSON object"
        entries.append(entry)
        continue
      }
      if let id = object["id"] as? String, !id.isEmpty { entry.id = id }
      if let published = object["published"] as? String {
        guard let date = PublicationDate(iso: published) else {
          entry.problem = "'published' must be a date as YYYY-MM-DD, found '\(published)'"
          entries.append(entry)
          continue
        }
        entry.settings.published = date
      }
      if let tag = (object["lang"] ?? object["language"]) as? String {
        guard let language = Language(tag: tag) else {
          entry.problem = "unsupported language '\(tag)' (supported: en, fr, ja)"
          entries.append(entry)
          continue
        }
        entry.settings.language = language
      }
      entry.settings.sentencePerLine = (object["sentencePerLine"] as? Bool) ?? false
      guard let articles = object["articles"] as? [Any] else {
        entry.problem = "a story needs an \"articles\" array"
        entries.append(entry)
        continue
      }
      for (index, article) in articles.enumerated() {
        if let path = article as? String {
          let resolved =
            path.hasPrefix("/") || base == nil
            ? path : (base?.appendingPathComponent(path).relativePath ?? path)
          entry.articles.append(.file(Self.tidy(resolved)))
        } else if var record = article as? [String: Any] {
          if record["id"] == nil { record["id"] = "article-\(index + 1)" }
          guard let data = try? JSONSerialization.data(withJSONObject: record) else {
            entry.problem = "article \(index + 1) cannot be read as JSON"
            break
          }
          entry.articles.append(.inline(data, name: "\(place) article \(index + 1)"))
        } else {
          entry.problem = "article \(index + 1) must be a path or an article object"
          break
        }
      }
      entries.append(entry)
    }
    return entries
  }

  /// A path without `./` segments, as people write it.
  private static func tidy(_ path: String) -> String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).filter { $0 != "." }
    let joined = parts.joined(separator: "/")
    return joined.isEmpty ? path : joined
  }

  /// Reads, extracts and compares one story.
  static func outcome(of entry: Entry, pipeline: StoryPipeline) -> Outcome {
    let label = "story '\(entry.id)' (\(entry.place))"
    if let problem = entry.problem { return .failure("\(label): \(problem)") }
    do {
      var articles = [ArticleClaims]()
      for source in entry.articles {
        switch source {
        case .file(let path):
          let bytes = try ExtractCommand.readBytes(path)
          articles += try pipeline.articles(in: bytes, name: path, settings: entry.settings)
        case .inline(let data, let name):
          var settings = entry.settings
          settings.format = .json
          articles += try pipeline.articles(in: Array(data), name: name, settings: settings)
        }
      }
      return .report(id: entry.id, try pipeline.report(articles, name: "articles"))
    } catch let error as InputError {
      return .failure("\(label): \(error.description)")
    } catch {
      return .failure("\(label): \(error)")
    }
  }
}

/// Seconds with one decimal, for the summary line.
enum ReportTiming {
  static func seconds(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}

/// Where the reports go: standard output or a file.
final class OutputSink: @unchecked Sendable {
  private let handle: FileHandle
  private let ownsHandle: Bool

  init(path: String?) throws {
    guard let path, path != "-" else {
      handle = FileHandle.standardOutput
      ownsHandle = false
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw InputError(path, "cannot be written") }
    self.handle = handle
    ownsHandle = true
  }

  func write(_ text: String) { handle.write(Data(text.utf8)) }

  func close() throws {
    if ownsHandle { try handle.close() }
  }
}

/// The shared state of a batch run.
///
/// It holds the next story to take, the outcomes waiting to be written in input order, and the
/// progress bar. Every access holds the lock.
final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private let sink: OutputSink
  private let format: BatchCommand.BatchFormat
  private let showsProgress: Bool
  private var next = 0
  private var outcomes: [BatchCommand.Outcome?]
  private var written = 0
  private var done = 0
  private var wroteHeader = false
  private(set) var failureCount = 0

  init(count: Int, sink: OutputSink, format: BatchCommand.BatchFormat, showsProgress: Bool) {
    self.count = count
    self.sink = sink
    self.format = format
    self.showsProgress = showsProgress
    self.outcomes = Array(repeating: nil, count: count)
  }

  /// The next story to compare, or `nil` when all are taken.
  func nextPosition() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  /// Records an outcome and writes every outcome that is now next in input order.
  func finish(_ position: Int, _ outcome: BatchCommand.Outcome) {
    lock.lock()
    defer { lock.unlock() }
    outcomes[position] = outcome
    done += 1
    while written < count, let ready = outcomes[written] {
      outcomes[written] = nil
      written += 1
      switch ready {
      case .report(let id, let report):
        sink.write(render(report, story: id))
      case .failure(let message):
        failureCount += 1
        clearProgress()
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
      }
    }
    drawProgress()
  }

  private func render(_ report: ComparisonReport, story: String) -> String {
    switch format {
    case .jsonl:
      var options = JSONRenderer.Options()
      options.isPrettyPrinted = false
      options.story = story
      return JSONRenderer(options: options).render(report)
    case .csv:
      var options = CSVRenderer.Options()
      options.story = story
      options.includesHeader = !wroteHeader
      wroteHeader = true
      return CSVRenderer(options: options).render(report)
    }
  }

  private func clearProgress() {
    guard showsProgress else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }

  private func drawProgress() {
    guard showsProgress else { return }
    let width = 30
    let filled = count == 0 ? width : done * width / count
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let failures = failureCount > 0 ? ", \(failureCount) failed" : ""
    FileHandle.standardError.write(
      Data("\r\u{1B}[2K\(bar) \(done)/\(count) stories\(failures)".utf8)
    )
  }

  /// Removes the progress bar before the summary.
  func finishProgress() {
    lock.lock()
    defer { lock.unlock() }
    clearProgress()
  }
}
