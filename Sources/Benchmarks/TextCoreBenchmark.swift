import Foundation
import TextCore

/// Throughput of TextCore's segmentation and normalization against a bare ICU word-break loop.
///
/// Cases, for each of en, fr and ja (`<input>` is `<code>-ntrex-flores`, or `<code>-examples`
/// when the shared data is missing):
///
/// | case | what is timed |
/// |---|---|
/// | `textcore/normalize/<input>` | `TextNormalizer.display(text)` |
/// | `textcore/sentences/<input>` | `SentenceSegmenter.sentences(in:)` on the display form |
/// | `textcore/words/<input>` | `WordSegmenter.words(in:)` on the display form |
/// | `textcore/segment/<input>` | `TextAnalyzer.analyze(_:readsNumbers: false)` on the display |
/// | `textcore/analyze/<input>` | ours: `display` then `analyze(_:readsNumbers: false)` (ICU's word iterator on a worker thread, as by default) |
/// | `textcore/analyze-serial/<input>` | the same on one thread (`findsWordsConcurrently` off) |
/// | `textcore/analyze-numbers/<input>` | `display` then `analyze(_:readsNumbers: true)` |
/// | `textcore/icu-wordbreak/<input>` | `BareICU.wordBoundaryCount`: open, next until done, close (UTF-16 made untimed) |
/// | `textcore/icu-segment/<input>` | ICU alone in `segment`, on one thread: `BareICU.sentenceAndWordBoundaryCounts` |
/// | `textcore/ratio/<input>` | `analyze` MB/s divided by `icu-wordbreak` MB/s (target ≥ 0.50), and the same for `analyze-serial` |
///
/// Every MB/s figure divides the UTF-8 size of the original corpus (10^6 bytes to the MB) by the
/// best time, so the figures of one input compare directly.
enum TextCoreBenchmark {
  /// What to run and on what.
  struct Settings {
    /// `nil` for every case, `overview` for the overview subset, else a substring of case names.
    var filter: String?
    /// Timed runs per case; the best is reported.
    var repetitions = 5
    /// The shared `data` folder, or `nil` to fall back on `examples/`.
    var dataFolder: URL?
    /// The repository root, for the `examples/` fallback.
    var repositoryRoot: URL?
  }

  /// The operations in report order.
  static let operations = [
    "normalize", "sentences", "words", "segment", "analyze", "analyze-serial", "analyze-numbers",
    "icu-wordbreak", "icu-segment", "ratio",
  ]

  /// The operations of the `overview` subset: the figure the issue asks for and what it is made of.
  static let overviewOperations: Set<String> = [
    "normalize", "segment", "analyze", "analyze-serial", "icu-wordbreak", "ratio",
  ]

  /// The target for `ratio`: ours at least half as fast as the bare ICU word-break loop.
  static let targetRatio = 0.5

  /// Runs the selected cases and prints one line per case.
  ///
  /// - Throws: `BenchmarkError` when no corpus can be built, `TextProcessingError` when TextCore
  ///   fails.
  static func run(_ settings: Settings) throws {
    var printedHeader = false
    for language in [Language.english, .french, .japanese] {
      let anyInput = ["\(language.rawValue)-ntrex-flores", "\(language.rawValue)-examples"]
      var selected = Set(
        operations.filter { operation in
          anyInput.contains {
            isSelected("textcore/\(operation)/\($0)", operation, settings.filter)
          }
        }
      )
      if selected.isEmpty { continue }
      if selected.contains("ratio") {
        selected.formUnion(["analyze", "analyze-serial", "icu-wordbreak"])
      }
      if !printedHeader {
        printHeader(settings)
        printedHeader = true
      }
      let corpus = try BenchmarkCorpus.load(
        language,
        dataFolder: settings.dataFolder,
        repositoryRoot: settings.repositoryRoot
      )
      try run(operations.filter(selected.contains), on: corpus, repetitions: settings.repetitions)
    }
  }

  private static func isSelected(_ name: String, _ operation: String, _ filter: String?) -> Bool {
    guard let filter else { return true }
    if filter == "overview" { return overviewOperations.contains(operation) }
    return name.contains(filter)
  }

  private static func printHeader(_ settings: Settings) {
    print(
      "# textcore: best of up to \(settings.repetitions) runs after a warm-up; MB = 10^6 bytes of"
    )
    print("#   the original UTF-8 text; ours (analyze) = TextNormalizer.display, then")
    print("#   TextAnalyzer.analyze(readsNumbers: false) (ICU sentence + word break and repairs,")
    print("#   ICU's word iterator on a second thread; analyze-serial: all on one thread);")
    print("#   icu-wordbreak = BareICU.wordBoundaryCount over the same text (ubrk_next until done,")
    print("#   nothing stored), UTF-16 made untimed.")
  }

  private static func run(
    _ operations: [String],
    on corpus: BenchmarkCorpus,
    repetitions: Int
  ) throws {
    let stopwatch = Stopwatch(repetitions: repetitions)
    let profile = try LanguageProfile.bundled(corpus.language)
    let analyzer = TextAnalyzer(profile: profile)
    let text = corpus.text
    let display = try TextNormalizer.display(text)
    print(
      "# \(corpus.inputName): \(formatted(Double(corpus.utf8Count) / 1e6, digits: 3)) MB, "
        + "\(corpus.origin)"
    )
    var megabytesPerSecond = [String: Double]()
    for operation in operations {
      let name = "textcore/\(operation)/\(corpus.inputName)"
      let measured: Measured
      switch operation {
      case "normalize":
        measured = try stopwatch.measure {
          try TextNormalizer.display(text)
        } counts: {
          "utf8=\($0.utf8.count)"
        }
      case "sentences":
        let segmenter = SentenceSegmenter(profile: profile)
        measured = try stopwatch.measure {
          try segmenter.sentences(in: display)
        } counts: {
          "sentences=\($0.count)"
        }
      case "words":
        let segmenter = WordSegmenter(profile: profile)
        measured = try stopwatch.measure {
          try segmenter.words(in: display)
        } counts: {
          "words=\($0.count)"
        }
      case "segment":
        measured = try stopwatch.measure {
          try analyzer.analyze(display, readsNumbers: false)
        } counts: {
          analysisCounts($0)
        }
      case "analyze":
        measured = try stopwatch.measure {
          try analyzer.analyze(try TextNormalizer.display(text), readsNumbers: false)
        } counts: {
          analysisCounts($0)
        }
      case "analyze-serial":
        var serial = analyzer
        serial.findsWordsConcurrently = false
        measured = try stopwatch.measure {
          try serial.analyze(try TextNormalizer.display(text), readsNumbers: false)
        } counts: {
          analysisCounts($0)
        }
      case "analyze-numbers":
        measured = try stopwatch.measure {
          try analyzer.analyze(try TextNormalizer.display(text), readsNumbers: true)
        } counts: {
          analysisCounts($0) + " numbers=\($0.reduce(0) { $0 + $1.numbers.count })"
        }
      case "icu-wordbreak":
        let units = Array(text.utf16)
        let locale = profile.wordBreakLocale
        measured = try stopwatch.measure {
          try BareICU.wordBoundaryCount(inUTF16: units, locale: locale)
        } counts: {
          "boundaries=\($0) locale=\(locale)"
        }
      case "icu-segment":
        let bytes = Array(display.utf8)
        measured = try stopwatch.measure {
          try BareICU.sentenceAndWordBoundaryCounts(
            inUTF8: bytes,
            sentenceLocale: profile.sentenceBreakLocale,
            wordLocale: profile.wordBreakLocale
          )
        } counts: {
          "sentence boundaries=\($0.sentences) word boundaries=\($0.words)"
        }
      case "ratio":
        guard let ours = megabytesPerSecond["analyze"],
          let bare = megabytesPerSecond["icu-wordbreak"]
        else { continue }
        let ratio = ours / bare
        let verdict = ratio >= targetRatio ? "meets" : "BELOW"
        let serial = megabytesPerSecond["analyze-serial"].map {
          "; one thread \(formatted($0 / bare, digits: 3))"
        }
        print(
          pad(name) + " " + leftPad(formatted(ratio, digits: 3), 8) + " ours/bare   analyze "
            + "\(formatted(ours, digits: 2)) MB/s / icu-wordbreak \(formatted(bare, digits: 2)) "
            + "MB/s; \(verdict) the \(formatted(targetRatio, digits: 2)) target\(serial ?? "")"
        )
        continue
      default:
        continue
      }
      let rate = Double(corpus.utf8Count) / 1e6 / measured.seconds
      megabytesPerSecond[operation] = rate
      print(
        pad(name) + " " + leftPad(formatted(rate, digits: 2), 8) + " MB/s   best "
          + leftPad(formatted(measured.seconds * 1000, digits: 1), 7)
          + " ms of \(measured.runs)   \(measured.counts)"
      )
    }
  }

  private static func analysisCounts(_ sentences: [AnalyzedSentence]) -> String {
    "sentences=\(sentences.count) words=\(sentences.reduce(0) { $0 + $1.words.count })"
  }

  private static func pad(_ name: String) -> String {
    name.count >= 42 ? name : name + String(repeating: " ", count: 42 - name.count)
  }

  private static func leftPad(_ value: String, _ width: Int) -> String {
    value.count >= width ? value : String(repeating: " ", count: width - value.count) + value
  }
}
