import Foundation
import TextCore

/// The text one benchmark case runs over: real news text of one language, about 1 MB or more.
///
/// Built from the shared evaluation data (NTREX-128 news, then FLORES-200 devtest lines, repeated
/// in that order until the size is reached). The shared data is never copied into the project, so
/// when it cannot be found the corpus falls back to the articles under `examples/`, repeated, and
/// says so in `origin`.
struct BenchmarkCorpus {
  /// The language of the text.
  let language: Language
  /// The short input name used in case names (`ja-ntrex-flores`, `ja-examples`).
  let inputName: String
  /// Newline-separated paragraphs.
  let text: String
  /// Where the text came from, for the report header.
  let origin: String

  /// The UTF-8 size of the text, the unit of every MB/s figure.
  var utf8Count: Int { text.utf8.count }

  /// The size every corpus reaches: 1 MiB of UTF-8, so the "at least 1 MB" holds in either unit.
  static let minimumUTF8Count = 1 << 20

  /// The NTREX-128 and FLORES-200 files of each language, relative to the shared data folder.
  static func sharedFiles(of language: Language) -> [String] {
    switch language {
    case .english:
      ["ntrex128-en-fr-ja/newstest2019-src.eng.txt", "flores200-devtest/eng_Latn.devtest"]
    case .french:
      ["ntrex128-en-fr-ja/newstest2019-ref.fra.txt", "flores200-devtest/fra_Latn.devtest"]
    case .japanese:
      ["ntrex128-en-fr-ja/newstest2019-ref.jpn.txt", "flores200-devtest/jpn_Jpan.devtest"]
    }
  }

  /// Builds the corpus of `language` from `dataFolder` (the shared `data` folder), or from the
  /// repository's examples when `dataFolder` is `nil` or lacks the files.
  static func load(
    _ language: Language,
    dataFolder: URL?,
    repositoryRoot: URL?
  ) throws -> BenchmarkCorpus {
    if let dataFolder {
      let files = sharedFiles(of: language).map { dataFolder.appendingPathComponent($0) }
      if files.allSatisfy({ FileManager.default.isReadableFile(atPath: $0.path) }) {
        var lines = [String]()
        for file in files { lines += try paragraphs(of: file) }
        let (text, passes) = repeated(lines)
        let names = sharedFiles(of: language).map {
          $0.split(separator: "/").last.map(String.init) ?? $0
        }
        return BenchmarkCorpus(
          language: language,
          inputName: "\(language.rawValue)-ntrex-flores",
          text: text,
          origin: "shared data \(names.joined(separator: " + ")), \(lines.count) distinct lines, "
            + "\(formatted(passes, digits: 2)) passes"
        )
      }
    }
    guard let repositoryRoot else {
      throw BenchmarkError("no shared data and no examples/ folder found for \(language.rawValue)")
    }
    let examples = repositoryRoot.appendingPathComponent("examples")
    let stories = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
    var lines = [String]()
    var used = [String]()
    for story in stories {
      let folder = examples.appendingPathComponent(story)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted()
      where name.hasPrefix("\(language.rawValue)-") && name.hasSuffix(".txt") {
        lines += try paragraphs(of: folder.appendingPathComponent(name))
        used.append("\(story)/\(name)")
      }
    }
    guard !lines.isEmpty else {
      throw BenchmarkError("no shared data and no examples/*/\(language.rawValue)-*.txt found")
    }
    let (text, passes) = repeated(lines)
    return BenchmarkCorpus(
      language: language,
      inputName: "\(language.rawValue)-examples",
      text: text,
      origin: "FALLBACK: shared data not found; examples/ (\(used.joined(separator: ", "))) "
        + "repeated \(formatted(passes, digits: 0)) times, so figures are not comparable"
    )
  }

  /// The non-blank lines of a file, without line terminators.
  private static func paragraphs(of file: URL) throws -> [String] {
    let data = try Data(contentsOf: file)
    let text = String(decoding: data, as: UTF8.self)
    return text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.allSatisfy(\.isWhitespace)
    }
  }

  /// `lines` joined with newlines, cycled until the text reaches `minimumUTF8Count`; also how
  /// many passes over the lines that took.
  private static func repeated(_ lines: [String]) -> (text: String, passes: Double) {
    var text = ""
    var taken = 0
    while text.utf8.count < minimumUTF8Count {
      if !text.isEmpty { text += "\n" }
      text += lines[taken % lines.count]
      taken += 1
    }
    text += "\n"
    return (text, Double(taken) / Double(lines.count))
  }
}

/// Where the shared data and the repository are on this machine, found without naming any path.
enum BenchmarkLocations {
  /// The shared `data` folder: `--data DIR`, else `STORYDIFF_SHARED`, else `shared/data` beside
  /// an ancestor of the working directory or of this source file (the repository's `../shared`).
  ///
  /// `DIR` may be either the `shared` folder or its `data` folder.
  static func dataFolder(option: String?) -> URL? {
    if let option { return dataFolder(in: URL(fileURLWithPath: option)) }
    if let variable = ProcessInfo.processInfo.environment["STORYDIFF_SHARED"], !variable.isEmpty {
      return dataFolder(in: URL(fileURLWithPath: variable))
    }
    for start in searchStarts {
      for ancestor in ancestors(of: start) {
        if let found = dataFolder(in: ancestor.appendingPathComponent("shared")) { return found }
      }
    }
    return nil
  }

  /// The repository root: the nearest ancestor of the working directory (or of this source file)
  /// holding both `Package.swift` and `examples/`.
  static var repositoryRoot: URL? {
    for start in searchStarts {
      for ancestor in ancestors(of: start) {
        let manifest = ancestor.appendingPathComponent("Package.swift").path
        let examples = ancestor.appendingPathComponent("examples").path
        if FileManager.default.fileExists(atPath: manifest),
          FileManager.default.fileExists(atPath: examples)
        {
          return ancestor
        }
      }
    }
    return nil
  }

  private static var searchStarts: [URL] {
    [
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent(),
    ]
  }

  private static func dataFolder(in folder: URL) -> URL? {
    for candidate in [folder.appendingPathComponent("data"), folder] {
      let marker = candidate.appendingPathComponent("ntrex128-en-fr-ja").path
      if FileManager.default.fileExists(atPath: marker) { return candidate.standardizedFileURL }
    }
    return nil
  }

  private static func ancestors(of url: URL) -> [URL] {
    var result = [URL]()
    var current = url.standardizedFileURL
    while true {
      result.append(current)
      let parent = current.deletingLastPathComponent().standardizedFileURL
      if parent.path == current.path { break }
      current = parent
    }
    return result
  }
}

/// A benchmark that cannot run: a missing corpus or a bad argument.
struct BenchmarkError: Error, CustomStringConvertible {
  /// A one-line, lower-case message.
  let description: String

  init(_ description: String) { self.description = description }
}

/// `value` with `digits` decimals, for the report.
func formatted(_ value: Double, digits: Int) -> String {
  String(format: "%.\(digits)f", value)
}
